import { norm, wordTokens } from "@/lib/chat/accuracy/norm";

/** Below this length, a cited span inside a support line is too short to count as citing it ("2019"). */
const minContainedLength = 12;

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Whether a cited span matches a support line: it holds the line, or is held by it and is long
 * enough to mean something, or the two share at least half of their words.
 */
export function citationMatches(cited: string, support: string): boolean {
  const c = norm(cited);
  const s = norm(support);
  if (s && c.includes(s)) return true;
  if (c.length >= minContainedLength && s.includes(c)) return true;
  return jaccard(wordTokens(cited), wordTokens(support)) >= 0.5;
}

/** Whether `text` states `fact`, after normalising both. */
export const mentions = (text: string, fact: string) => norm(text).includes(norm(fact));

/**
 * Whether `term` occurs in `text` as a whole word, case-sensitively: not run into letters or digits
 * on either side ("MIT" in "at MIT." but not in "SUBMIT").
 */
export function hasWholeWord(text: string, term: string): boolean {
  if (!term) return false;
  const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    const before = text[at - 1];
    const after = text[at + term.length];
    const startsWord = !isWordChar(term[0]) || !isWordChar(before);
    const endsWord = !isWordChar(term[term.length - 1]) || !isWordChar(after);
    if (startsWord && endsWord) return true;
  }
  return false;
}

// Phrases that say the CV does not hold what was asked, in the languages the set uses.
const declinePhrases = [
  "does not say",
  "doesn't say",
  "not mentioned",
  "not stated",
  "no information",
  "not in the cv",
  "isn't listed",
  "not specified",
  "no se menciona",
  "no lo indica",
  "ne précise pas",
  "n'est pas mentionné",
  "nicht angegeben",
  "wird nicht erwähnt",
];

/** The phrase-match reading of "the reply says the CV does not hold it". */
export function saysNotInCv(reply: string): boolean {
  const lower = reply.toLowerCase().replace(/[’‘]/gu, "'");
  return declinePhrases.some((phrase) => lower.includes(phrase));
}
