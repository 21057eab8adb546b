import type { Profile } from "@/lib/cv/profile";
import { canonicalSkill } from "@/lib/skills/catalog";

// Questions to start with, drawn from what this CV holds and, when a job is saved, what it asks for.

export function suggestQuestions(profile: Profile, job?: { title: string | null; skills: string[] } | null): string[] {
  const questions: string[] = [];
  const latest = profile.experience[0];
  const company = latest?.company?.value;
  if (company) questions.push(`What did the candidate do at ${company}?`);
  if (profile.experience.length > 1) questions.push("List every employer, most recent first.");
  const cvSkills = new Set(profile.skills.map((s) => canonicalSkill(s.value)?.name ?? s.value.toLowerCase()));
  const missing = (job?.skills ?? []).find((s) => !cvSkills.has(canonicalSkill(s)?.name ?? s.toLowerCase()));
  const shared = (job?.skills ?? []).find((s) => cvSkills.has(canonicalSkill(s)?.name ?? s.toLowerCase()));
  if (shared) questions.push(`Where has the candidate used ${shared}?`);
  if (missing) questions.push(`Does the CV mention ${missing}?`);
  if (job?.title) questions.push(`Has the candidate led people, as a ${job.title} may need to?`);
  else questions.push("Has the candidate managed or mentored people?");
  if (profile.education.length) questions.push("What is the candidate's highest degree?");
  if (profile.certifications.length) questions.push("Which certifications does the candidate hold?");
  return questions.slice(0, 5);
}
