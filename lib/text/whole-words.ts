import { needlesFoundIn } from "@/lib/text/sequence-search";

// Whether a text holds terms as whole words ("Acme" in "at Acme, Inc." but not in "Acmeville"), in
// any case, for many terms at once. A text is read as its runs of letters and digits and the
// separators between them; a term is found when its runs and separators follow each other in the
// text, so "Node.js" is found in "with Node.js" and "10.5" in "by 10.5%". Time is linear in the text
// and the terms together, where one pattern per term reads the whole text once per term.

const run = /[\p{L}\p{N}]+/gu;

/** A text as alternating runs and separators, from its first run to its last. */
function partsOf(text: string): string[] {
  const parts: string[] = [];
  let end = -1;
  for (const match of text.matchAll(run)) {
    if (end >= 0) parts.push(`s${text.slice(end, match.index)}`);
    parts.push(`w${match[0].toLowerCase()}`);
    end = match.index + match[0].length;
  }
  return parts;
}

export type WholeWordIndex = {
  /** The terms the text holds as whole words. Characters after a term's last letter or digit are not part of it. */
  wholeWordsAmong(terms: readonly string[]): Set<string>;
};

export function wholeWordIndex(text: string): WholeWordIndex {
  const ids = new Map<string, number>();
  const symbols = partsOf(text).map((part) => ids.get(part) ?? ids.set(part, ids.size).get(part)!);
  return {
    wholeWordsAmong(terms) {
      const found = new Set<string>();
      const needles: number[][] = [];
      const needleTerms: string[] = [];
      for (const term of new Set(terms)) {
        const parts = partsOf(term);
        if (!parts.length || parts.some((part) => !ids.has(part))) continue;
        if (parts.length === 1) found.add(term);
        else {
          needles.push(parts.map((part) => ids.get(part)!));
          needleTerms.push(term);
        }
      }
      if (needles.length) for (const index of needlesFoundIn(symbols, needles)) found.add(needleTerms[index]!);
      return found;
    },
  };
}
