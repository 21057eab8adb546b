// Answers are typed on phones and pasted from chat apps: curly quotes, odd spaces and ellipses
// vary between people for the same words, so lexicon lookups read a normalised copy.

const curly: Record<string, string> = { "\u2018": "'", "\u2019": "'", "\u201C": '"', "\u201D": '"', "\u2026": "...", "\u00A0": " " };

/** The text with typographic quotes, non-breaking spaces and the ellipsis character made plain. Length may change. */
export function plainPunctuation(text: string): string {
  let out = "";
  for (const char of text) out += curly[char] ?? char;
  return out;
}

/** Lower case, plain punctuation: the form lexicon terms are written in. */
export function forMatching(text: string): string {
  return plainPunctuation(text).toLowerCase();
}
