// A text as whitespace-separated tokens with their offsets, and each token's core without the
// punctuation around it ("(555)," has core "555"). One scan, linear in the text.

export type Token = { text: string; start: number; end: number; core: string; coreStart: number; coreEnd: number };

const leading = new Set(["(", "[", '"', "'", "\u2018", "\u201C", "<", "¿", "¡"]);
const trailing = new Set([",", ".", ";", ":", "!", "?", ")", "]", '"', "'", "\u2019", "\u201D", ">", "…"]);

export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const start = match.index;
    const raw = match[0];
    let from = 0;
    let to = raw.length;
    while (from < to && leading.has(raw[from]!)) from++;
    while (to > from && trailing.has(raw[to - 1]!)) to--;
    tokens.push({ text: raw, start, end: start + raw.length, core: raw.slice(from, to), coreStart: start + from, coreEnd: start + to });
  }
  return tokens;
}

/** Whether a token ends with punctuation that closes a clause, so a run of tokens must stop after it. */
export const closesClause = (token: Token) => /[,.;:!?]["')\]]*$/.test(token.text);

export const digitCount = (s: string) => {
  let n = 0;
  for (const c of s) if (c >= "0" && c <= "9") n++;
  return n;
};
