import type { JobAnalysis, PostingRequirement } from "@/lib/jobs/analysis-schema";

/**
 * What the posting asks beyond skills. Analyses read before requirements were listed give only a
 * number of years and an education sentence: those become requirements of their own, without a line
 * for the years (none was kept).
 */
export function postingRequirements(job: Partial<Pick<JobAnalysis, "requirements" | "yearsOfExperience" | "education">>): PostingRequirement[] {
  const listed = job.requirements ?? [];
  const legacy: PostingRequirement[] = [];
  if (job.yearsOfExperience && !listed.some((r) => r.kind === "years"))
    legacy.push({
      kind: "years",
      label: `${job.yearsOfExperience}+ years of experience`,
      line: "",
      required: true,
      years: job.yearsOfExperience,
      options: [],
      level: null,
    });
  if (job.education && !listed.some((r) => r.kind === "education"))
    legacy.push({ kind: "education", label: job.education, line: job.education, required: true, years: null, options: [], level: null });
  return [...listed, ...legacy];
}
