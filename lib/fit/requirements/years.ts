import type { Experience, Profile } from "@/lib/cv/profile";
import type { MonthNumber } from "@/lib/fit/dates";
import { citeLines, type Judgement } from "@/lib/fit/requirements/judged";
import { experienceYears, jobSpan } from "@/lib/fit/years";
import type { PostingRequirement } from "@/lib/jobs/analysis-schema";
import { skillMentions } from "@/lib/skills/mentions";

/** The lines of a job that say what it was: its title and bullets. */
const jobText = (job: Experience) => [job.title?.value ?? "", ...job.bullets.map((b) => b.value)].join("\n");

/** Met at the minimum; partly met from half of it (too few years is a gap, not a knock-out); missing below. */
export function yearsStatus(have: number, need: number): "met" | "partial" | "missing" {
  if (have >= need) return "met";
  return have >= need / 2 ? "partial" : "missing";
}

const yearsNote = (have: number, need: number, where: string) => `${have} of ${need} years ${where}.`;

/** The dated jobs' titles, as the lines that show the years. */
const titleLines = (jobs: Experience[], now: MonthNumber) =>
  citeLines(jobs.filter((job) => jobSpan(job, now)).map((job) => job.title?.source.split("\n")[0] ?? job.start?.source.split("\n")[0] ?? ""));

/**
 * Years of experience, from the profile's dated jobs (overlaps once, gaps not counted). When the
 * requirement names skills ("4+ years of Python"), only jobs whose title or bullets name one count;
 * when no job does but the CV names the skill elsewhere, all years count and the result is at most partly met.
 */
export function judgeYears(profile: Profile, requirement: PostingRequirement, now: MonthNumber): Judgement {
  const need = requirement.years ?? 0;
  const base = { kind: "years" as const, label: requirement.label, required: requirement.required, postingLine: requirement.line || null };
  const field = [...skillMentions([requirement.label, ...requirement.options].join("\n")).keys()];
  const total = experienceYears(profile, now);
  if (!profile.experience.some((job) => jobSpan(job, now))) return { ...base, status: "missing", cvLines: [], note: "Your CV gives no dated jobs." };
  if (!field.length) {
    return { ...base, status: yearsStatus(total, need), cvLines: titleLines(profile.experience, now), note: yearsNote(total, need, "from your dated jobs") };
  }
  const inField = (job: Experience) => field.some((skill) => skillMentions(jobText(job)).has(skill));
  const fieldJobs = profile.experience.filter(inField);
  if (fieldJobs.length) {
    const years = experienceYears(profile, now, inField);
    return {
      ...base,
      status: yearsStatus(years, need),
      cvLines: titleLines(fieldJobs, now),
      note: yearsNote(years, need, `in jobs naming ${field.join(" or ")}`),
    };
  }
  const status = yearsStatus(total, need);
  return {
    ...base,
    status: status === "met" ? "partial" : status,
    cvLines: titleLines(profile.experience, now),
    note: `${total} years in all, but no dated job names ${field.join(" or ")}.`,
  };
}
