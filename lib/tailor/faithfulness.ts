import { dateRank } from "@/lib/cv/parse/dates";
import { headingKind } from "@/lib/cv/parse/sections";
import type { Profile } from "@/lib/cv/profile";
import type { TailoredCv } from "@/lib/tailor/assemble";

// Measures how faithfully a tailored CV copies the CV it was made from, against a hand-made record of
// that CV (a corpus's ground truth): the name, every job with its title, company and dates, whole
// bullets only, and no line the CV does not hold. Each failure says who lost the content: the parser
// (the profile it read lacks it too) or the tailoring (the profile has it, the tailored CV does not).
// A heading fragment shown in a section is always the tailoring's: leaving fragments out is its work.

/** One CV's record as ground-truth.json has it: every job in document order, every bullet verbatim. */
export type RecordedCv = {
  name: string | null;
  skills?: string[] | null;
  experience?: { title: string | null; company: string | null; start: string | null; end: string | null; bullets: string[] }[];
};

export const failureKinds = [
  "missing name",
  "missing job",
  "job dates",
  "missing skill",
  "cut bullet",
  "glued bullets",
  "misplaced line",
  "foreign line",
  "heading fragment",
] as const;
export type FailureKind = (typeof failureKinds)[number];
export type Failure = { kind: FailureKind; lostBy: "parser" | "tailoring"; detail: string };

/** A CV as the check reads it, made from a tailored CV or from a parsed profile. */
type CvView = {
  name: string | null;
  jobs: { title: string | null; company: string | null; start: string | null; end: string | null; current: boolean; bullets: string[] }[];
  /** Every other line shown: contact details, skills, education, languages, the summary. */
  lines: string[];
  skills: string[];
};

export function viewOfTailoredCv(cv: TailoredCv, { composedSummary }: { composedSummary: boolean }): CvView {
  return {
    name: cv.name,
    jobs: cv.experience.map((job) => {
      // assembleTailoredCv writes "start – end", with "Present" for a current job.
      const [start, end] = job.dates ? job.dates.split(" – ") : [];
      return {
        title: job.title,
        company: job.company,
        start: start ?? null,
        end: end ?? null,
        current: end === "Present",
        bullets: job.bullets.map((b) => b.text),
      };
    }),
    // A summary composed from the title and skills is offered as such; every other line must be the CV's.
    lines: [...cv.contact, ...(composedSummary ? [] : cv.summary.map((s) => s.text)), ...cv.education, ...cv.certifications, ...cv.languages],
    skills: cv.skills.map((s) => s.text),
  };
}

export function viewOfProfile(profile: Profile): CvView {
  return {
    name: profile.name?.value ?? null,
    jobs: profile.experience.map((job) => ({
      title: job.title?.value ?? null,
      company: job.company?.value ?? null,
      start: job.start?.value ?? null,
      end: job.end?.value ?? null,
      current: job.current,
      bullets: job.bullets.map((b) => b.value),
    })),
    lines: [
      profile.email,
      profile.phone,
      profile.location,
      profile.summary,
      ...profile.education.flatMap((e) => [e.degree, e.institution, e.end]),
      ...profile.certifications,
      ...profile.languages,
    ].flatMap((s) => (s ? [s.value] : [])),
    skills: profile.skills.map((s) => s.value),
  };
}

/** Text as compared: compatible forms unified, lower case, words of letters and digits only (soft hyphens and line-end hyphens fall away). */
export function comparable(text: string): string {
  return text
    .normalize("NFKC")
    .replaceAll("\u00ad", "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(" ");
}

/** Sørensen–Dice similarity of two texts' character pairs: 1 for equal texts, near 1 for a line wrapped or hyphenated differently. */
export function similarity(a: string, b: string): number {
  const pairs = (s: string) => {
    const counts = new Map<string, number>();
    const compact = s.replaceAll(" ", "");
    for (let i = 0; i < compact.length - 1; i++) counts.set(compact.slice(i, i + 2), (counts.get(compact.slice(i, i + 2)) ?? 0) + 1);
    return counts;
  };
  const x = pairs(a);
  const y = pairs(b);
  let shared = 0;
  let total = 0;
  for (const [pair, n] of x) {
    shared += Math.min(n, y.get(pair) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total ? (2 * shared) / total : a === b ? 1 : 0;
}

/** Whole when equal after normalisation, or at least this similar and about as long (a line wrap, a lost ligature, a hyphen). */
const wholeSimilarity = 0.9;
function sameBullet(recorded: string, shown: string): boolean {
  if (recorded === shown) return true;
  // Similar is not enough: a bullet that lost its last words is still 0.9 similar to the whole one.
  const aboutAsLong = Math.abs(recorded.length - shown.length) <= Math.max(3, recorded.length * 0.03);
  return aboutAsLong && !recorded.includes(shown) && similarity(recorded, shown) >= wholeSimilarity;
}

/** Same date: same year, and the same month when both give one; "present" for a current job. */
function sameDate(recorded: string | null, shown: string | null, current: boolean): boolean {
  if (recorded === null) return true;
  if (recorded === "present") return current;
  const a = dateRank(recorded);
  const b = dateRank(shown);
  if (a < 0 || b < 0) return false;
  return Math.floor(a / 12) === Math.floor(b / 12) && (a % 12 === 0 || b % 12 === 0 || a % 12 === b % 12);
}

const sameText = (recorded: string | null, shown: string | null) => recorded === null || (shown !== null && comparable(recorded) === comparable(shown));

/**
 * The pieces a shown line is made of, each of which must be the CV's: an education line joins the
 * degree, school and year with commas, and a summary may put the CV's sentences in another order.
 */
const partsOf = (line: string) => line.split(/,\s|[.!?;]\s/);

/** A heading, a letter-spaced heading or a lone letter shown as a bullet or a skill. */
function isFragment(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  const letters = text.replace(/[^\p{L}\p{N}]/gu, "");
  return (
    [...letters].length < 2 ||
    headingKind(text) !== null ||
    (tokens.length >= 3 && tokens.every((t) => [...t].length <= 2) && headingKind(tokens.join("")) !== null)
  );
}

type RecordedJob = Required<RecordedCv>["experience"][number];

/** Why the recorded job is not in the view, or null when a job there has its title, company and dates. */
function jobMiss(job: RecordedJob, view: CvView): string | null {
  const named = view.jobs.filter((shown) => sameText(job.title, shown.title) && sameText(job.company, shown.company));
  if (named.some((shown) => sameDate(job.start, shown.start, false) && sameDate(job.end, shown.end, shown.current))) return null;
  if (named.length)
    return `dates ${job.start ?? "?"} – ${job.end ?? "?"} shown as ${named.map((s) => `${s.start ?? "?"} – ${s.current ? "present" : (s.end ?? "?")}`).join(", ")}`;
  return `${job.title ?? "—"} at ${job.company ?? "—"} not shown with that title and company`;
}

/** What a bullet that is not a whole recorded bullet is: several glued, part of one, another line of the CV, or not the CV's. */
function bulletFault(bullet: string, recorded: string[], cvText: string): FailureKind | null {
  const text = comparable(bullet);
  if (recorded.some((r) => sameBullet(r, text))) return null;
  if (isFragment(bullet)) return "heading fragment";
  const whole = recorded.filter((r) => r && text.includes(r));
  if (whole.length) return "glued bullets";
  // Part of a bullet, or a bullet's beginning with whatever followed it on the page.
  const opening = (s: string) => s.slice(0, 40);
  if (recorded.some((r) => r.includes(text) || text.includes(opening(r)) || r.startsWith(opening(text)))) return "cut bullet";
  return cvText.includes(text) ? "misplaced line" : "foreign line";
}

/**
 * The failures of a tailored CV against the CV's record, each put down to the parser when the parsed
 * profile fails the same way, and to the tailoring otherwise.
 */
export function faithfulnessFailures(record: RecordedCv, cvText: string, profile: Profile, tailored: CvView): Failure[] {
  const parsed = viewOfProfile(profile);
  const text = comparable(cvText);
  const failures: Failure[] = [];
  const fail = (kind: FailureKind, parserFailsToo: boolean, detail: string) => failures.push({ kind, lostBy: parserFailsToo ? "parser" : "tailoring", detail });

  if (record.name && !sameText(record.name, tailored.name))
    fail("missing name", !sameText(record.name, parsed.name), `expected "${record.name}", shown "${tailored.name ?? ""}"`);

  const jobs = record.experience ?? [];
  for (const job of jobs) {
    const miss = jobMiss(job, tailored);
    if (miss) fail(miss.startsWith("dates") ? "job dates" : "missing job", jobMiss(job, parsed) !== null, miss);
  }

  // A skill of the CV's list that the tailored CV does not list (the tailoring only reorders skills).
  const shownSkills = new Set(tailored.skills.map(comparable));
  const parsedSkillKeys = new Set(parsed.skills.map(comparable));
  for (const skill of record.skills ?? [])
    if (!shownSkills.has(comparable(skill))) fail("missing skill", !parsedSkillKeys.has(comparable(skill)), `skill "${skill}"`);

  const recorded = jobs.flatMap((j) => j.bullets.map(comparable));
  const parsedBullets = new Set(parsed.jobs.flatMap((j) => j.bullets.map(comparable)));
  for (const bullet of tailored.jobs.flatMap((j) => j.bullets)) {
    const fault = bulletFault(bullet, recorded, text);
    // Leaving a layout fragment out is the tailoring's work, wherever it came from.
    const fromParser = fault !== "heading fragment" && parsedBullets.has(comparable(bullet));
    if (fault) fail(fault, fromParser, `"${bullet.slice(0, 100)}${bullet.length > 100 ? "…" : ""}"`);
  }

  // A one-letter skill the CV lists ("C", "R") is one; any other is a fragment.
  const listed = new Set((record.skills ?? []).map(comparable));
  for (const skill of tailored.skills) if (isFragment(skill) && !listed.has(comparable(skill))) fail("heading fragment", false, `skill "${skill}"`);

  const parsedParts = new Set(
    [...parsed.lines, ...parsed.skills, ...parsed.jobs.flatMap((j) => [j.title ?? "", j.company ?? ""])].flatMap(partsOf).map(comparable),
  );
  const shown = [tailored.name ?? "", ...tailored.lines, ...tailored.skills, ...tailored.jobs.flatMap((j) => [j.title ?? "", j.company ?? ""])];
  for (const line of shown) {
    const foreign = partsOf(line).filter((part) => comparable(part) && !text.includes(comparable(part)));
    if (foreign.length)
      fail(
        "foreign line",
        foreign.every((part) => parsedParts.has(comparable(part))),
        `"${foreign.join(" … ").slice(0, 100)}"`,
      );
  }
  return failures;
}

/** Recorded bullets the tailored CV leaves out although the profile has them (for relevance), and those the profile lacks. */
export function bulletsLeftOut(record: RecordedCv, profile: Profile, tailored: CvView): { byTailoring: number; byParser: number } {
  const inProfile = viewOfProfile(profile).jobs.flatMap((j) => j.bullets.map(comparable));
  const inTailored = tailored.jobs.flatMap((j) => j.bullets.map(comparable));
  const holds = (list: string[], bullet: string) => list.some((b) => sameBullet(bullet, b));
  let byTailoring = 0;
  let byParser = 0;
  for (const bullet of (record.experience ?? []).flatMap((j) => j.bullets.map(comparable))) {
    if (holds(inTailored, bullet)) continue;
    if (holds(inProfile, bullet)) byTailoring++;
    else byParser++;
  }
  return { byTailoring, byParser };
}
