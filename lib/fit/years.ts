import type { Experience, Profile } from "@/lib/cv/profile";
import { isNowWord, readDate, type MonthNumber } from "@/lib/fit/dates";

/** A stretch of work: from its first month up to, not including, `end`. */
export type Span = { start: MonthNumber; end: MonthNumber };

/**
 * The months a job covers. A month-precise end counts its own month ("06/2016 – 02/2019" is 33 months);
 * a year-only end counts up to that year's start, so "2020 – 2023" is 3 years, not 4. A job with no end
 * that is current, or ends "present", runs until `now`. A job with no readable start counts nothing.
 */
export function jobSpan(job: Experience, now: MonthNumber): Span | null {
  const start = job.start ? readDate(job.start.value) : null;
  if (!start) return null;
  const endText = job.end?.value ?? "";
  let end: MonthNumber;
  if (job.current || isNowWord(endText)) end = now + 1;
  else {
    const read = readDate(endText);
    if (!read) return null;
    end = read.yearOnly ? read.month : read.month + 1;
    // "2019 – 2019": a year-only job within one year counts half of it.
    if (read.yearOnly && start.yearOnly && end <= start.month) end = start.month + 6;
  }
  end = Math.min(end, now + 1);
  return end > start.month ? { start: start.month, end } : null;
}

/** The months covered by any of the spans, overlaps counted once and gaps not at all. */
export function coveredMonths(spans: Span[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let total = 0;
  let current: Span | null = null;
  for (const span of sorted) {
    if (current && span.start <= current.end) current.end = Math.max(current.end, span.end);
    else {
      if (current) total += current.end - current.start;
      current = { ...span };
    }
  }
  return current ? total + current.end - current.start : total;
}

/** Years of experience from the dated jobs that `include` keeps (all by default), to one decimal. */
export function experienceYears(profile: Profile, now: MonthNumber, include: (job: Experience) => boolean = () => true): number {
  const spans = profile.experience.filter(include).flatMap((job) => jobSpan(job, now) ?? []);
  return Math.round((coveredMonths(spans) / 12) * 10) / 10;
}

/** The month of a date, for `now`. */
export const monthOf = (date: Date): MonthNumber => date.getUTCFullYear() * 12 + date.getUTCMonth();
