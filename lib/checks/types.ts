export type CheckId = "inclusive-language" | "requirement-inflation" | "pay-transparency" | "review-bias";

/** One thing a check found, pointing at the exact words (start/end offsets in the document). */
export type Finding = {
  check: CheckId;
  kind: string;
  message: string;
  suggestion?: string;
  quote: string;
  start: number;
  end: number;
};

export type CheckInput = { text: string; brief: Record<string, unknown> };

/** Every match of a pattern in the text, as positions. */
export function matchesOf(text: string, pattern: RegExp): { quote: string; start: number; end: number }[] {
  const flags = pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`;
  return [...text.matchAll(new RegExp(pattern.source, flags))].map((m) => ({ quote: m[0], start: m.index, end: m.index + m[0].length }));
}

/** A term as a whole-word pattern; a trailing * matches any ending ("compet*" finds "competitive"). */
export function termPattern(term: string): RegExp {
  const stem = term.endsWith("*");
  const body = (stem ? term.slice(0, -1) : term).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[ -]/g, "[\\s-]+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${stem ? "[\\p{L}]*" : ""}(?![\\p{L}\\p{N}])`, "giu");
}
