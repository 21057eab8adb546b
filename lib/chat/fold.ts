/** Text without accents (é → e, ﬁ → fi), for comparisons that should not care how a word was typed. */
export function withoutDiacritics(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "");
}
