import type { Turn } from "@/lib/exit/analysis/summary-schema";

// A quote shown to HR must be the employee's own words, character for character.

export function quoteIsVerbatim(quote: string, turns: readonly Turn[]): boolean {
  const trimmed = quote.trim();
  return trimmed.length > 0 && turns.some((turn) => turn.role === "employee" && turn.text.includes(trimmed));
}
