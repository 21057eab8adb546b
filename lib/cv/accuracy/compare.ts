import { distance } from "fastest-levenshtein";
import { calendarMonth } from "@/lib/cv/parse/dates";

/**
 * How the accuracy scores compare a parsed value with the expected one: case, accents' composition,
 * whitespace and punctuation do not count, so "ABC Company, Inc." equals "ABC Company Inc".
 */
export function comparable(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export const sameText = (expected: string | null, actual: string | null | undefined): boolean =>
  expected === null ? !actual || !comparable(actual) : !!actual && comparable(expected) === comparable(actual);

/** 1 for equal texts, falling with the edit distance; line-wrap differences stay above 0.9. */
export function similarity(a: string, b: string): number {
  const x = comparable(a);
  const y = comparable(b);
  if (!x.length && !y.length) return 1;
  return 1 - distance(x, y) / Math.max(x.length, y.length);
}

/**
 * A CV date as the ground truth writes it: "YYYY-MM" when a month is known, "YYYY" for a year alone,
 * "present" for a current job, null when there is none.
 */
export function isoMonth(value: string | null | undefined, current = false): string | null {
  if (current) return "present";
  if (!value) return null;
  const when = calendarMonth(value);
  if (!when) return null;
  return when.month ? `${when.year}-${String(when.month).padStart(2, "0")}` : String(when.year);
}
