// The pieces of a text a masker replaces, and how overlapping finds are settled.

export const maskTypes = ["name", "email", "phone", "address", "id", "dob", "health", "special"] as const;
export type MaskType = (typeof maskTypes)[number];

export type FoundSpan = { type: MaskType; start: number; end: number };

/** Non-overlapping spans in text order: of two that overlap, the one found by the earlier finder (lower rank) wins, then the longer. */
export function settleOverlaps(spans: readonly (FoundSpan & { rank: number })[]): FoundSpan[] {
  const byPriority = [...spans].sort((a, b) => a.rank - b.rank || b.end - b.start - (a.end - a.start));
  const kept: FoundSpan[] = [];
  for (const span of byPriority) {
    if (kept.some((k) => span.start < k.end && k.start < span.end)) continue;
    kept.push({ type: span.type, start: span.start, end: span.end });
  }
  return kept.sort((a, b) => a.start - b.start);
}
