import type { Profile } from "@/lib/cv/profile";
import type { MonthNumber } from "@/lib/fit/dates";
import { credit, knockOutCap, professionScore, scoreOfShare, titlelessShare, weightOf } from "@/lib/fit/formula";
import { postingRequirements } from "@/lib/fit/posting-requirements";
import { judgeRole, specificSkillShare } from "@/lib/fit/profession";
import { judgeCapacity } from "@/lib/fit/requirements/capacity";
import { judgeEducation } from "@/lib/fit/requirements/education";
import type { Judgement } from "@/lib/fit/requirements/judged";
import { judgeLanguage } from "@/lib/fit/requirements/language";
import { judgeLicence } from "@/lib/fit/requirements/licence";
import { judgeSkills } from "@/lib/fit/requirements/skills";
import { judgeYears } from "@/lib/fit/requirements/years";
import type { Fit, JudgedRequirement } from "@/lib/fit/types";
import { monthOf } from "@/lib/fit/years";
import type { JobAnalysis, PostingRequirement } from "@/lib/jobs/analysis-schema";
import { canonicalSkill } from "@/lib/skills/catalog";

/** What of a posting's analysis the fit reads; analyses stored before requirements were read have only the skills, years and education. */
export type FitPosting = Pick<JobAnalysis, "requiredSkills" | "preferredSkills"> &
  Partial<Pick<JobAnalysis, "requirements" | "yearsOfExperience" | "education" | "title">>;

function judge(profile: Profile, requirement: PostingRequirement, now: MonthNumber): Judgement {
  switch (requirement.kind) {
    case "years":
      return judgeYears(profile, requirement, now);
    case "capacity":
      return judgeCapacity(profile, requirement, now);
    case "licence":
      return judgeLicence(profile, requirement);
    case "education":
      return judgeEducation(profile, requirement);
    case "language":
      return judgeLanguage(profile, requirement);
  }
}

// What a recruiter would not pass over: a required licence or language level not shown in full, or the
// years or capacity asked missing (a few years short is only partly met, and weighs as such).
const isKnockOut = (j: Judgement) =>
  j.required &&
  (j.kind === "licence" || j.kind === "language"
    ? j.status !== "met" && j.status !== "unknown"
    : (j.kind === "years" || j.kind === "capacity") && j.status === "missing");

type Cap = { limit: number; profession: boolean; reason: string };

const capped = (score: number, cap: Cap) => (cap.profession ? cap.limit : Math.min(score, cap.limit));

/** The cap that applies, with its reason, or null: a different profession first, then a knock-out gap. */
function capOf(judgements: Judgement[]): Cap | null {
  const share = specificSkillShare(judgements);
  const role = judgements.find((j) => j.kind === "role");
  // With no title to compare, only the skills can tell a different profession.
  const fewSkills = share === null ? role !== undefined : share < titlelessShare;
  if (role?.status !== "met" && fewSkills)
    return {
      limit: professionScore,
      profession: true,
      reason: "Your CV shows few of the skills specific to this posting's profession and no job title like it.",
    };
  const knockOut = judgements.find(isKnockOut);
  if (knockOut)
    return {
      limit: knockOutCap,
      profession: false,
      reason: `A required ${knockOut.kind === "years" ? "number of years" : knockOut.kind} is ${knockOut.status === "partial" ? "only partly met" : "missing"}: ${knockOut.label}.`,
    };
  return null;
}

/**
 * Scores a profile against every requirement of a posting, each with the CV lines behind it and the
 * posting line it comes from (see `fitFormula`). `now` is the month "present" means.
 */
export function computeFit(profile: Profile, job: FitPosting, options: { now?: Date } = {}): Fit {
  const now = monthOf(options.now ?? new Date());
  const asked = postingRequirements(job);
  // A licence or language the posting lists as a requirement of its own is judged there, not again as a skill.
  const judgedElsewhere = new Set(
    asked
      .filter((r) => r.kind === "licence" || r.kind === "language")
      .flatMap((r) => [r.label, ...r.options].map((name) => canonicalSkill(name)?.name ?? name)),
  );
  const notElsewhere = (skill: string) => !judgedElsewhere.has(canonicalSkill(skill)?.name ?? skill);
  const skills = judgeSkills(profile, job.requiredSkills.filter(notElsewhere), job.preferredSkills.filter(notElsewhere));
  const role = judgeRole(profile, job.title ?? null);
  const judgements = [...(role ? [role] : []), ...skills.judgements, ...asked.map((requirement) => judge(profile, requirement, now))];
  const requirements: JudgedRequirement[] = judgements.map(({ generic = false, ...judged }) => ({
    ...judged,
    weight: weightOf(judged.kind, judged.required, generic, judged.status),
  }));
  const possible = requirements.reduce((sum, r) => sum + r.weight, 0);
  const { judgements: _, ...skillLists } = skills;
  // A title alone is not something to score against.
  if (!possible || requirements.every((r) => r.kind === "role")) return { score: null, ...skillLists, requirements, cap: null };
  const earned = requirements.reduce((sum, r) => sum + r.weight * credit[r.status], 0);
  const cap = capOf(judgements);
  const score = scoreOfShare(earned / possible);
  const final = cap ? capped(score, cap) : score;
  return { score: final, ...skillLists, requirements, cap: cap && final < score ? { limit: cap.limit, reason: cap.reason } : null };
}
