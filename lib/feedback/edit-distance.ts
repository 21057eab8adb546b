import { distance } from "fastest-levenshtein";

/**
 * Words compared per text. The distance costs words(a) × words(b) / 32 steps (fastest-levenshtein's
 * bit-parallel algorithm), so the cap keeps the longest document allowed well under a second off the
 * request path; a generated document (about 1,500 words) is compared whole.
 */
export const maxComparedWords = 6000;

// Each distinct word becomes one UTF-16 code unit, so the character-level algorithm measures words: a
// corrected word counts once, not once per letter. Two capped texts have at most 12,000 distinct
// words, so the units run from U+0100 to below U+3000, far from the surrogates (U+D800), which the
// algorithm would count as halves.
const firstCodeUnit = 0x100;

function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean).slice(0, maxComparedWords);
}

/**
 * How much of a written text was changed before it was kept: the word-level edit distance divided by
 * the longer text's word count. 0 means kept as written, 1 means nothing of it was kept.
 */
export function normalisedEditDistance(written: string, kept: string): number {
  const a = wordsOf(written);
  const b = wordsOf(kept);
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  const codes = new Map<string, string>();
  const encode = (words: string[]) =>
    words
      .map((word) => {
        let code = codes.get(word);
        if (code === undefined) {
          code = String.fromCharCode(firstCodeUnit + codes.size);
          codes.set(word, code);
        }
        return code;
      })
      .join("");
  return distance(encode(a), encode(b)) / longer;
}
