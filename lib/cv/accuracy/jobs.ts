import type { Experience, Profile } from "@/lib/cv/profile";
import { comparable, isoMonth, sameText, similarity } from "@/lib/cv/accuracy/compare";

/** One job as a corpus's ground truth gives it; dates are "YYYY-MM", "YYYY", "present" or null. */
export type ExpectedJob = { title: string | null; company: string | null; start: string | null; end: string | null; bullets: string[] };
export type ExpectedSchool = { institution: string | null; degree: string | null; end: string | null };

/** A ground-truth bullet is found when a bullet of the matched job equals it, or nearly (a line wrap, a lost hyphen). */
export const bulletSimilarity = 0.9;

export type JobScore = {
  expected: number;
  parsed: number;
  /** Jobs whose title and company both match: what job recall and precision count. */
  matched: number;
  /** Jobs paired with a parsed one by title, company or both dates: what the per-field accuracy counts. */
  aligned: number;
  fields: { title: number; company: number; start: number; end: number };
  bullets: { expected: number; found: number };
  misses: string[];
};

const describe = (job: { title: string | null; company: string | null }) => `"${job.title ?? "—"}" @ "${job.company ?? "—"}"`;

function bulletFound(expected: string, bullets: string[]): boolean {
  const key = comparable(expected);
  return bullets.some((b) => comparable(b) === key || similarity(b, expected) >= bulletSimilarity);
}

type Agreement = { title: boolean; company: boolean; start: boolean; end: boolean };

function agreement(expected: ExpectedJob, parsed: Experience): Agreement {
  return {
    title: sameText(expected.title, parsed.title?.value),
    company: sameText(expected.company, parsed.company?.value),
    start: isoMonth(parsed.start?.value) === expected.start,
    end: isoMonth(parsed.end?.value, parsed.current) === expected.end,
  };
}

/** How well a parsed job lines up with an expected one; 0 when they share neither a name nor both dates. */
function alignment(a: Agreement): number {
  if (!a.title && !a.company && !(a.start && a.end)) return 0;
  return 4 * Number(a.title) + 4 * Number(a.company) + Number(a.start) + Number(a.end);
}

/**
 * Pairs expected jobs with parsed ones one to one, in document order: the best-aligned unused parsed
 * job. A pair is a match (for recall and precision) when title and company both agree; every pair is
 * scored field by field, and its bullets are looked for in the paired job. Bullets of an expected job
 * with no pair count as not found.
 */
export function scoreJobs(expectedJobs: ExpectedJob[], parsedJobs: Experience[]): JobScore {
  const score: JobScore = {
    expected: expectedJobs.length,
    parsed: parsedJobs.length,
    matched: 0,
    aligned: 0,
    fields: { title: 0, company: 0, start: 0, end: 0 },
    bullets: { expected: 0, found: 0 },
    misses: [],
  };
  const used = new Set<number>();
  for (const expected of expectedJobs) {
    score.bullets.expected += expected.bullets.length;
    let best: { index: number; agreement: Agreement; value: number } | null = null;
    parsedJobs.forEach((parsed, index) => {
      if (used.has(index)) return;
      const a = agreement(expected, parsed);
      const value = alignment(a);
      if (value > 0 && (!best || value > best.value)) best = { index, agreement: a, value };
    });
    if (!best) {
      score.misses.push(`job not found: ${describe(expected)} (${expected.bullets.length} bullets)`);
      continue;
    }
    const { index, agreement: a } = best as { index: number; agreement: Agreement };
    used.add(index);
    const parsed = parsedJobs[index]!;
    const got = { title: parsed.title?.value ?? null, company: parsed.company?.value ?? null };
    score.aligned++;
    if (a.title && a.company) score.matched++;
    else score.misses.push(`job read as ${describe(got)}, expected ${describe(expected)}`);
    for (const field of ["title", "company", "start", "end"] as const) if (a[field]) score.fields[field]++;
    if (!a.start) score.misses.push(`start of ${describe(expected)}: expected ${expected.start}, got ${isoMonth(parsed.start?.value)}`);
    if (!a.end) score.misses.push(`end of ${describe(expected)}: expected ${expected.end}, got ${isoMonth(parsed.end?.value, parsed.current)}`);
    const bullets = parsed.bullets.map((b) => b.value);
    for (const bullet of expected.bullets) {
      if (bulletFound(bullet, bullets)) score.bullets.found++;
      else score.misses.push(`bullet of ${describe(expected)} not found: "${bullet.slice(0, 90)}"`);
    }
  }
  parsedJobs.forEach((parsed, i) => {
    if (!used.has(i)) score.misses.push(`extra job: ${describe({ title: parsed.title?.value ?? null, company: parsed.company?.value ?? null })}`);
  });
  return score;
}

/** A school is found when a parsed entry names the same institution (or, with none expected, the same degree). */
export function scoreEducation(expected: ExpectedSchool[], education: Profile["education"]): { expected: number; found: number; misses: string[] } {
  const used = new Set<number>();
  const misses: string[] = [];
  let found = 0;
  for (const school of expected) {
    const matches = (entry: Profile["education"][number]) =>
      school.institution
        ? !!entry.institution &&
          (sameText(school.institution, entry.institution.value) || similarity(school.institution, entry.institution.value) >= bulletSimilarity)
        : !!entry.degree && !!school.degree && sameText(school.degree, entry.degree.value);
    const index = education.findIndex((entry, i) => !used.has(i) && matches(entry));
    if (index < 0) misses.push(`school not found: "${school.institution ?? school.degree}"`);
    else {
      used.add(index);
      found++;
    }
  }
  return { expected: expected.length, found, misses };
}
