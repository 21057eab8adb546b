import type { MappedJob } from "@/lib/chat/offline/cv-map";
import { piece, type Piece } from "@/lib/chat/offline/compose";
import { isNowWord, readDate } from "@/lib/fit/dates";
import { jobSpan } from "@/lib/fit/years";
import type { MonthNumber } from "@/lib/fit/dates";

// How a job is told and dated: which of its fields to state, each citing the line it was read from.

/** The fields to state; `cited: false` leaves a field in the text without citing its line (an employer the question itself named). */
export type JobFields = { title?: boolean; company?: boolean; dates?: boolean; citeDates?: boolean; citeTitle?: boolean };

export function datesOf(job: MappedJob): string | null {
  const start = job.job.start?.value;
  const end = job.job.end?.value;
  if (!start && !end) return null;
  if (start && !end) return job.job.current ? `${start} – present` : start;
  if (start && end && start === end) return start;
  return `${start ?? "?"} – ${end}`;
}

export function jobPiece(job: MappedJob, fields: JobFields, lead = "", tail = ""): Piece {
  // A title read after a separator (": Nurse") is told without it.
  const title = job.job.title?.value.replace(/^[^\p{L}\p{N}]+/u, "");
  const company = job.job.company?.value;
  const dates = datesOf(job);
  let text = "";
  const lines: (number | null)[] = [];
  if (fields.title && title) {
    text += title;
    if (fields.citeTitle !== false) lines.push(job.titleLine);
  }
  if (fields.company && company) {
    text += text ? ` at ${company}` : company;
    lines.push(job.companyLine);
  }
  if (fields.dates && dates) {
    text += text ? ` (${dates})` : dates;
    if (fields.citeDates !== false) lines.push(job.startLine, job.endLine);
  }
  if (!text) text = title ?? company ?? "a job";
  return piece(`${lead}${text}${tail}`, lines);
}

/** The job's months, "now" standing for the current month of jobs that run to the present. */
export const spanOf = (job: MappedJob, now: MonthNumber) => jobSpan(job.job, now);

/** Whether the job runs to the present. */
export const isCurrent = (job: MappedJob) => job.job.current || isNowWord(job.job.end?.value ?? "");

/** Jobs most recent first, by start date where it can be read (the CV's own order otherwise). */
export function byRecency(jobs: MappedJob[]): MappedJob[] {
  const start = (j: MappedJob) => (j.job.start ? (readDate(j.job.start.value)?.month ?? null) : null);
  return [...jobs].sort((a, b) => {
    const sa = start(a);
    const sb = start(b);
    if (sa === null || sb === null) return a.order - b.order;
    return sb - sa || a.order - b.order;
  });
}

/** "about 3 years", "about 2 years and 9 months", "4 months". */
export function lengthInWords(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (!years) return plural(rest, "month");
  return rest ? `about ${plural(years, "year")} and ${plural(rest, "month")}` : `about ${plural(years, "year")}`;
}
