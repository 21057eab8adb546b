import { z } from "zod";
import { generateModelObject, provenanceOf, type ModelRoute, type ModelRun, type Provenance } from "@/lib/ai/model-call";
import { taskPrompts } from "@/lib/ai/task-prompts";
import type { JobAnalysis } from "@/lib/jobs/analyze";
import { canonicalSkill, skillMatchers } from "@/lib/skills/catalog";

const answerSchema = z.object({
  title: z.string().max(200).nullable(),
  company: z.string().max(200).nullable(),
  location: z.string().max(200).nullable(),
  seniority: z.enum(["intern", "junior", "mid", "senior", "lead", "executive"]).nullable(),
  requiredSkills: z.array(z.string().max(80)).max(60),
  preferredSkills: z.array(z.string().max(80)).max(60),
  yearsOfExperience: z.number().int().min(0).max(40).nullable(),
  education: z.string().max(300).nullable(),
  salary: z.string().max(120).nullable(),
});

/** An analysis refined by a model, stored with the model and prompt version that refined it. */
export type RefinedJobAnalysis = JobAnalysis & { provenance: Provenance };

const inText = (text: string, value: string) => text.toLowerCase().includes(value.toLowerCase().trim());

/** A skill the posting really names: by a catalogue alias, or word for word. Returns its canonical name. */
function verifiedSkill(text: string, skill: string): string | null {
  const known = canonicalSkill(skill);
  if (known) return skillMatchers.find((m) => m.skill === known)?.patterns.some((p) => p.test(text)) ? known.name : null;
  return inText(text, skill) ? skill.trim() : null;
}

/**
 * The offline analysis, refined by a model: values it gives are kept only when the posting contains
 * them (skills by name or alias), so a model cannot add a requirement the employer did not write.
 */
export async function refineAnalysisWithModel(route: ModelRoute, text: string, offline: JobAnalysis): Promise<{ analysis: RefinedJobAnalysis; run: ModelRun }> {
  const request = { prompt: taskPrompts.jobAnalysis(), values: { posting: text.slice(0, 20_000) }, signal: AbortSignal.timeout(60_000) };
  const { object: answer, run } = await generateModelObject(route, request, answerSchema);
  const stated = (value: string | null, fallback: string | null) => (value && inText(text, value) ? value.trim() : fallback);
  const skills = (list: string[]) => [...new Set(list.map((s) => verifiedSkill(text, s)).filter((s): s is string => s !== null))];
  const required = skills(answer.requiredSkills);
  const preferred = skills(answer.preferredSkills).filter((s) => !required.includes(s));
  const years =
    answer.yearsOfExperience !== null && new RegExp(`\\b${answer.yearsOfExperience}\\b`).test(text) ? answer.yearsOfExperience : offline.yearsOfExperience;
  const analysis: RefinedJobAnalysis = {
    ...offline,
    title: stated(answer.title, offline.title),
    company: stated(answer.company, offline.company),
    location: stated(answer.location, offline.location),
    seniority: answer.seniority ?? offline.seniority,
    requiredSkills: required.length ? required : offline.requiredSkills,
    preferredSkills: required.length ? preferred : offline.preferredSkills,
    yearsOfExperience: years,
    education: stated(answer.education, offline.education),
    salary: stated(answer.salary, offline.salary),
    provenance: provenanceOf(run),
  };
  return { analysis, run };
}
