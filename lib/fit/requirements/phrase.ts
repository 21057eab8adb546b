const wordChar = /[\p{L}\p{N}]/u;

/** Lower case without accents, so that "Inglés" and "ingles", "Führerschein" and "fuhrerschein" meet. */
export const folded = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Whether `text` names `phrase` as whole words. A short acronym ("RN", "CPA") must match in its own
 * case, or "rn" inside prose would count; anything else matches in any case and without accents.
 */
export function namesPhrase(text: string, phrase: string): boolean {
  const acronym = phrase.length <= 4 && phrase === phrase.toUpperCase() && /\p{Lu}/u.test(phrase);
  const haystack = acronym ? text : folded(text);
  const needle = acronym ? phrase : folded(phrase).trim();
  if (!needle) return false;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? "";
    const after = haystack[at + needle.length] ?? "";
    if (!wordChar.test(before) && !wordChar.test(after)) return true;
  }
  return false;
}
