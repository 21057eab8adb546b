// Text as the offline engine compares it: accents dropped, lower case, runs of letters and digits.

export const fold = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/** The folded words of a text, in order ("Master's" gives "master", "s"). */
export const wordsOf = (text: string): string[] => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** The folded text with every run of non-word characters as one space and a space at each end, for phrase look-ups. */
export const spaced = (text: string) => ` ${wordsOf(text).join(" ")} `;

/**
 * A word list written as one string: words separated by spaces, phrases joined with "_", and a "*"
 * at the end of a stem that matches any word starting with it.
 */
export type WordList = { words: Set<string>; stems: string[]; phrases: string[] };

export function wordList(written: string): WordList {
  const list: WordList = { words: new Set(), stems: [], phrases: [] };
  for (const entry of written.split(/\s+/u)) {
    if (!entry) continue;
    const word = fold(entry);
    if (word.includes("_")) list.phrases.push(` ${word.replaceAll("_", " ")} `);
    else if (word.endsWith("*")) list.stems.push(word.slice(0, -1));
    else list.words.add(word);
  }
  return list;
}

/** A question's words, ready for `saysAny`. */
export type Words = { list: string[]; set: Set<string>; spaced: string };
export const wordsFor = (text: string): Words => {
  const list = wordsOf(text);
  return { list, set: new Set(list), spaced: ` ${list.join(" ")} ` };
};

export function saysAny(words: Words, list: WordList): boolean {
  for (const word of words.list) {
    if (list.words.has(word)) return true;
    for (const stem of list.stems) if (word.startsWith(stem)) return true;
  }
  return list.phrases.some((phrase) => words.spaced.includes(phrase));
}
