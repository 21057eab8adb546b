import type { Profile, Sourced } from "@/lib/cv/profile";
import type { Evidence } from "@/lib/fit/types";
import { canonicalSkill } from "@/lib/skills/catalog";
import { skillMentions } from "@/lib/skills/mentions";

/** Every line of the profile that can show a skill, skills list first. Degrees are not here: see `degreeMention`. */
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
  // A listed skill is read by its value alone: the other items of its line are listed skills too, and
  // the parser lists every catalogue skill the CV names elsewhere, so its source adds nothing but length.
  const listed = new Set<Sourced>(profile.skills);
  for (const field of evidenceLines(profile)) {
    const cvLine = field.source.split("\n")[0]!;
    for (const line of listed.has(field) ? [field.value] : [field.value, ...field.source.split("\n")]) {
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

/** Where a degree's name mentions a skill ("MSc Finance and Accounting"), or null. */
export function degreeMention(profile: Profile): (skill: string) => Evidence | null {
  const named = new Map<string, Evidence>();
  for (const school of profile.education) {
    if (!school.degree) continue;
    for (const [skill, { wording }] of skillMentions(school.degree.value))
      if (!named.has(skill)) named.set(skill, { skill, cvWording: wording, cvLine: school.degree.source.split("\n")[0]! });
  }
  return (skill) => named.get(skill) ?? null;
}
