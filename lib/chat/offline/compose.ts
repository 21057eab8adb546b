import type { AnswerKind } from "@/lib/chat/answer";

// An answer is written as pieces of text, each followed by the lines it rests on, so that the inline
// markers and the list of citations can never disagree.

export type Piece = { text: string; lines: number[] };
export type Draft = { kind: AnswerKind; pieces: Piece[] };

export const piece = (text: string, lines: (number | null | undefined)[] = []): Piece => ({
  text,
  lines: [...new Set(lines.filter((l): l is number => typeof l === "number"))].sort((a, b) => a - b),
});

const marker = (lines: number[]) => (lines.length ? ` [${lines.map((l) => `L${l}`).join(", ")}]` : "");

/** The pieces as one text with inline markers, and exactly the lines those markers name. */
export function written(draft: Draft): { kind: AnswerKind; text: string; citations: number[] } {
  const citations: number[] = [];
  const text = draft.pieces
    .map((p) => {
      for (const line of p.lines) if (!citations.includes(line)) citations.push(line);
      const body = p.text.trimEnd();
      // The marker goes before the sentence's full stop, right after the claim.
      const stop = /[.;:,]$/u.test(body) ? body.slice(-1) : "";
      return `${stop ? body.slice(0, -1) : body}${marker(p.lines)}${stop}`;
    })
    .join(" ");
  return { kind: draft.kind, text, citations };
}

export const answer = (...pieces: Piece[]): Draft => ({ kind: "answer", pieces });
export const notInCv = (...pieces: Piece[]): Draft => ({ kind: "not_in_cv", pieces });
export const refused = (text: string): Draft => ({ kind: "refused", pieces: [piece(text)] });

/** A CV line quoted as evidence, without bullet marks and with straight spacing. */
export const quote = (line: string) =>
  `"${line
    .replace(/^[\s•◦▪·*–-]+/u, "")
    .replace(/\s+/gu, " ")
    .trim()}"`;
