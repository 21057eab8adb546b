// A model's rewording of a bullet replaces the bullet only when it still says all of it. A model that
// runs out of room, or copies a bullet it was given cut, returns part of the bullet: the tailored CV
// then keeps the candidate's whole bullet instead.

const wordsOf = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}%]+/u)
    .filter(Boolean);

/** Words a cut sentence ends on: an article, a preposition or a conjunction with nothing after it. */
const danglingWords = new Set(
  `a an the and or of to for with in on at by from as into than that which who our their its your
   y o de del la las los el en con para por que e et ou du des le les au aux pour avec und oder der die das den dem mit für von zu im`.split(/\s+/),
);

/** How much of the original's substance a rewording must keep: its content words, in any order. */
const keptShare = 0.6;

/** Whether `rewrite` says the whole of `original`: not a cut of it, every figure kept, most of its content words kept. */
export function isWholeRewrite(original: string, rewrite: string): boolean {
  const text = rewrite.trim();
  if (!text) return false;
  const before = wordsOf(original);
  const after = wordsOf(text);
  if (!after.length) return false;
  // The original's beginning and nothing more: a cut, however it ends.
  if (after.length < before.length && after.every((word, i) => word === before[i])) return false;
  if (danglingWords.has(after[after.length - 1]!) || /[,;:(–—-]$/.test(text)) return false;
  const kept = new Set(after);
  if (before.some((word) => /\d/.test(word) && !kept.has(word))) return false;
  // Words compare by their first letters, so "built" is kept in "building" and "cutting" in "cut".
  const stem = (word: string) => word.slice(0, 4);
  const keptStems = new Set(after.map(stem));
  const content = before.filter((word) => word.length > 3);
  return !content.length || content.filter((word) => keptStems.has(stem(word))).length / content.length >= keptShare;
}
