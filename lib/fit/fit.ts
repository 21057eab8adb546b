import { z } from "zod";
import type { Profile, Sourced } from "@/lib/cv/profile";
import type { JobAnalysis } from "@/lib/jobs/analyze";
import { canonicalSkill } from "@/lib/skills/catalog";
import { skillMentions } from "@/lib/skills/mentions";
import { relatedSkills } from "@/lib/skills/related";

/** A job skill and where the CV shows it: the CV's own words and the line they are on. */
export const evidenceSchema = z.object({ skill: z.string(), cvWording: z.string(), cvLine: z.string() });
export type Evidence = z.infer<typeof evidenceSchema>;
export const partialSchema = evidenceSchema.extend({ relatedTo: z.string() });
export type Partial = z.infer<typeof partialSchema>;

export const fitSchema = z.object({
  score: z.number().nullable(),
  requiredMatched: z.array(evidenceSchema),
  preferredMatched: z.array(evidenceSchema),
  partial: z.array(partialSchema),
  requiredMissing: z.array(z.string()),
  preferredMissing: z.array(z.string()),
});
export type Fit = z.infer<typeof fitSchema>;

/** How the score is computed; shown on the page as it is. */
export const fitFormula = [
  "Required skills count for 75 points and preferred skills for 25 (required count for all 100 when the posting names no preferred ones).",
  "A skill counts fully when your CV names it or one of its aliases (JS = JavaScript, Postgres = PostgreSQL, k8s = Kubernetes…), in your skills or anywhere in your jobs.",
  "A skill counts half when your CV names a close relative instead (MySQL for PostgreSQL, GitLab CI for GitHub Actions).",
  "Score = 75 × (full + ½ × partial) / required + 25 × (full + ½ × partial) / preferred, rounded.",
];

/** Every line of the profile that can show a skill, skills list first. */
function evidenceLines(profile: Profile): Sourced[] {
  const jobs = profile.experience.flatMap((j) => [j.title, ...j.bullets]);
  const projects = profile.projects.flatMap((p) => [p.name, ...p.bullets]);
  return [...profile.skills, ...profile.certifications, ...profile.languages, ...jobs, ...projects, profile.summary].filter((f): f is Sourced => f !== null);
}

/**
 * Finds where the profile shows a skill (a canonical name): a listed skill with that meaning, or else
 * the first line naming it. The profile is read once, however many skills are looked up.
 */
export function skillEvidence(profile: Profile): (skill: string) => Evidence | null {
  // The first listed skill by its catalogue name, and by its own words in lower case.
  const listedAs = new Map<string, number>();
  const listedLower = new Map<string, number>();
  profile.skills.forEach((listed, index) => {
    const canonical = canonicalSkill(listed.value)?.name;
    if (canonical && !listedAs.has(canonical)) listedAs.set(canonical, index);
    if (!listedLower.has(listed.value.toLowerCase())) listedLower.set(listed.value.toLowerCase(), index);
  });
  const named = new Map<string, { cvWording: string; cvLine: string }>();
  // Many fields cite the same line (every skill of a "Skills:" line does): each line is read once.
  const read = new Set<string>();
  for (const field of evidenceLines(profile)) {
    const cvLine = field.source.split("\n")[0]!;
    for (const line of [field.value, ...field.source.split("\n")]) {
      if (read.has(line)) continue;
      read.add(line);
      for (const [skill, { wording }] of skillMentions(line)) if (!named.has(skill)) named.set(skill, { cvWording: wording, cvLine });
    }
  }
  return (skill) => {
    const index = Math.min(listedAs.get(skill) ?? Infinity, listedLower.get(skill.toLowerCase()) ?? Infinity);
    const listed = profile.skills[index];
    if (listed) return { skill, cvWording: listed.value, cvLine: listed.source.split("\n")[0]! };
    const found = named.get(skill);
    return found ? { skill, ...found } : null;
  };
}

/** Scores a profile against a posting's skills, with the CV line behind every match. */
export function computeFit(profile: Profile, job: Pick<JobAnalysis, "requiredSkills" | "preferredSkills">): Fit {
  const fit: Fit = { score: null, requiredMatched: [], preferredMatched: [], partial: [], requiredMissing: [], preferredMissing: [] };
  const credit = { required: 0, preferred: 0 };
  const findSkill = skillEvidence(profile);
  for (const [kind, skills] of [
    ["required", job.requiredSkills],
    ["preferred", job.preferredSkills],
  ] as const) {
    for (const skill of skills) {
      const found = findSkill(skill);
      if (found) {
        (kind === "required" ? fit.requiredMatched : fit.preferredMatched).push(found);
        credit[kind] += 1;
        continue;
      }
      const relative = relatedSkills(skill)
        .map(findSkill)
        .find((e) => e !== null);
      if (relative) {
        fit.partial.push({ ...relative, skill, relatedTo: relative.skill });
        credit[kind] += 0.5;
      }
      (kind === "required" ? fit.requiredMissing : fit.preferredMissing).push(skill);
    }
  }
  const required = job.requiredSkills.length;
  const preferred = job.preferredSkills.length;
  if (required + preferred === 0) return fit;
  const requiredShare = required ? credit.required / required : 1;
  const preferredShare = preferred ? credit.preferred / preferred : requiredShare;
  fit.score = Math.round(required ? (preferred ? 75 * requiredShare + 25 * preferredShare : 100 * requiredShare) : 100 * preferredShare);
  return fit;
}
