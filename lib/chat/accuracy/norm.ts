// The evaluation set's normalisation: both sides of every comparison go through `norm`, so that
// case, accents, ligatures, number words, month spellings, spaces and dashes never decide a match.

const numberWords = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];
const numberOf = new Map(numberWords.map((word, i) => [word, String(i)]));

const monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
// Every spelling that stands for a month: the full name, its first three letters, and "sept".
const monthOf = new Map<string, string>([
  ...monthNames.flatMap((name) => [[name, name.slice(0, 3)] as const, [name.slice(0, 3), name.slice(0, 3)] as const]),
  ["sept", "sep"],
]);

const dashes = /[\s\u002D\u00AD\u2010-\u2015\u2212]/gu;

/** Replaces whole words by `replace(word)` (or keeps them), reading letter runs in one pass. */
function mapWords(text: string, replace: (word: string, next: string) => { text: string; skip: number } | null): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const isLetter = (at: number) => at >= 0 && at < text.length && /\p{L}/u.test(text[at]!);
    if (isLetter(i) && !isLetter(i - 1)) {
      let end = i;
      while (isLetter(end)) end++;
      const replaced = replace(text.slice(i, end), text[end] ?? "");
      if (replaced) {
        out += replaced.text;
        i = end + replaced.skip;
        continue;
      }
      out += text.slice(i, end);
      i = end;
      continue;
    }
    out += text[i];
    i++;
  }
  return out;
}

export function norm(s: string): string {
  const folded = s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  const words = mapWords(folded, (word, next) => {
    const number = numberOf.get(word);
    if (number !== undefined) return { text: number, skip: 0 };
    const month = monthOf.get(word);
    // "Jun." and "Jun" read the same: the dot after a month goes with it.
    if (month !== undefined) return { text: month, skip: next === "." ? 1 : 0 };
    return null;
  });
  return words.replace(dashes, "");
}

/** Casefolded word tokens, for the Jaccard overlap of two spans. */
export function wordTokens(s: string): Set<string> {
  return new Set(
    s
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}_]+/gu) ?? [],
  );
}
