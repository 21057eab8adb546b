import type { Experience, Profile, Sourced } from "@/lib/cv/profile";
import { findSections, type SectionKind } from "@/lib/cv/parse/sections";
import { instructionLines } from "@/lib/chat/offline/instructions";

// Where each fact of the parsed profile sits among the CV's numbered lines, so that an answer can
// cite the very line a value was read from.

export type MappedJob = {
  job: Experience;
  /** Position in the profile's list, which runs most recent first on nearly every CV. */
  order: number;
  titleLine: number | null;
  companyLine: number | null;
  startLine: number | null;
  endLine: number | null;
  /** The first and last line of the job's block: its heading and the bullets under it. */
  first: number;
  last: number;
};

export type MappedSchool = {
  degree: Sourced | null;
  institution: Sourced | null;
  start: Sourced | null;
  end: Sourced | null;
  degreeLine: number | null;
  institutionLine: number | null;
  dateLine: number | null;
  first: number;
  last: number;
};

export type CvMap = {
  lines: string[];
  /** The section each line belongs to, by 1-based line number (index 0 unused). */
  sectionOf: (SectionKind | null)[];
  /** Lines that address an AI reader: never evidence. */
  excluded: Set<number>;
  jobs: MappedJob[];
  /** The lines the parser read as items (bullets) of a job. */
  jobItems: Set<number>;
  schools: MappedSchool[];
  /** The line a sourced value was read from, searching from `from` onwards first. */
  lineOf: (value: Sourced | null | undefined, from?: number) => number | null;
};

function lineFinder(lines: string[]) {
  const at = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const key = line.trim();
    at.set(key, [...(at.get(key) ?? []), i + 1]);
  });
  return (value: Sourced | null | undefined, from = 1): number | null => {
    if (!value?.source) return null;
    const source = value.source.split("\n")[0]!.trim();
    const exact = at.get(source);
    if (exact) return exact.find((n) => n >= from) ?? exact[0]!;
    // A source cut to the profile's bounds, or read from a line the profile joined: the first line holding it.
    let fallback: number | null = null;
    for (let n = 1; n <= lines.length; n++)
      if (lines[n - 1]!.includes(source) || (value.value && source.includes(lines[n - 1]!) && lines[n - 1]!.includes(value.value))) {
        if (n >= from) return n;
        fallback ??= n;
      }
    return fallback;
  };
}

/**
 * Where to look for the next entry's lines: past this entry's heading, so that a repeated line
 * ("Google", "Stanford University") is read as the next entry's own. A heading spread over more than
 * a few lines is not trusted that far.
 */
const nextCursor = (first: number, heading: number[]) => Math.min(Math.max(first, ...heading), first + 3) + 1;

const present = (values: (number | null)[]) => values.filter((v): v is number => v !== null);

export function mapCv(lines: string[], profile: Profile): CvMap {
  const lineOf = lineFinder(lines);
  const sections = findSections(lines);
  const sectionOf: (SectionKind | null)[] = [null];
  for (let i = 0; i < lines.length; i++) sectionOf.push(sections.find((s) => i >= s.start && i < s.end)?.kind ?? null);
  const sectionEnd = (line: number) => {
    const section = sections.find((s) => line - 1 >= s.start && line - 1 < s.end);
    return section ? section.end : lines.length;
  };

  let cursor = 1;
  const jobItems = new Set<number>();
  const jobs: MappedJob[] = profile.experience.map((job, order) => {
    const titleLine = lineOf(job.title, cursor);
    const companyLine = lineOf(job.company, cursor);
    const startLine = lineOf(job.start, cursor);
    const endLine = lineOf(job.end, cursor);
    const heading = present([titleLine, companyLine, startLine, endLine]);
    const first = heading.length ? Math.min(...heading) : cursor;
    const bulletLines = present(job.bullets.map((b) => lineOf(b, first)));
    bulletLines.forEach((line) => jobItems.add(line));
    cursor = nextCursor(first, heading);
    return { job, order, titleLine, companyLine, startLine, endLine, first, last: Math.max(first, ...heading, ...bulletLines) };
  });
  // A job's block runs up to the next job's heading, within its section.
  const firsts = jobs.map((j) => j.first).sort((a, b) => a - b);
  for (const job of jobs) {
    const next = firsts.find((f) => f > job.first);
    job.last = Math.max(job.last, Math.min(next ? next - 1 : lines.length, sectionEnd(job.first)));
  }

  cursor = 1;
  const schools: MappedSchool[] = profile.education.map((school) => {
    const degreeLine = lineOf(school.degree, cursor);
    const institutionLine = lineOf(school.institution, cursor);
    const dateLine = lineOf(school.end ?? school.start, cursor);
    const heading = present([degreeLine, institutionLine, dateLine]);
    const first = heading.length ? Math.min(...heading) : cursor;
    cursor = nextCursor(first, heading);
    return { ...school, degreeLine, institutionLine, dateLine, first, last: Math.max(first, ...heading) };
  });
  const schoolFirsts = schools.map((s) => s.first).sort((a, b) => a - b);
  for (const school of schools) {
    const next = schoolFirsts.find((f) => f > school.first);
    school.last = Math.max(school.last, Math.min(next ? next - 1 : lines.length, sectionEnd(school.first)));
  }

  return { lines, sectionOf, excluded: instructionLines(lines), jobs, jobItems, schools, lineOf };
}

/** The job whose block holds a line, if any. */
export const jobAt = (map: CvMap, line: number) => map.jobs.find((j) => line >= j.first && line <= j.last) ?? null;
