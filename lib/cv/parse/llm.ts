import { z } from "zod";
import { generateModelObject, type ModelRoute, type ModelRun } from "@/lib/ai/model-call";
import { taskPrompts } from "@/lib/ai/task-prompts";
import { emptyProfile, sourced, type Profile, type Sourced } from "@/lib/cv/profile";

// The model cites line numbers; the app checks every value against the line it cites and keeps only
// what is really there. A model that invents (or obeys instructions hidden in the CV) gains nothing.

const cited = z.object({ value: z.string().max(500), line: z.number().int().min(1) });
const maybe = cited.nullable();
const citedList = z.array(cited).max(100);

export const modelProfileSchema = z.object({
  name: maybe,
  email: maybe,
  phone: maybe,
  location: maybe,
  summary: maybe,
  links: citedList,
  experience: z.array(z.object({ title: maybe, company: maybe, location: maybe, start: maybe, end: maybe, current: z.boolean(), bullets: citedList })).max(30),
  education: z.array(z.object({ institution: maybe, degree: maybe, start: maybe, end: maybe })).max(10),
  skills: citedList,
  certifications: citedList,
  languages: citedList,
  projects: z.array(z.object({ name: maybe, bullets: citedList })).max(20),
});
export type ModelProfile = z.infer<typeof modelProfileSchema>;

/** The CV as the model reads it, inside the prompt's <cv> block: one numbered line per line of the document. */
export function numberedCvLines(lines: string[]): string {
  return lines.map((line, i) => `${i + 1}: ${line}`).join("\n");
}

const words = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}+#@.&]+/u)
    .filter(Boolean);

/** A cited value, kept only when every word of it is on the cited line. */
function verify(lines: string[], item: { value: string; line: number } | null, confidence = 0.8): Sourced | null {
  if (!item || !item.value.trim()) return null;
  const line = lines[item.line - 1];
  if (line === undefined) return null;
  const onLine = new Set(words(line));
  const all = words(item.value);
  if (!all.length || !all.every((w) => onLine.has(w) || line.toLowerCase().includes(w))) return null;
  return sourced(item.value, line, confidence);
}

const verifyAll = (lines: string[], items: { value: string; line: number }[]) => items.map((i) => verify(lines, i)).filter((s): s is Sourced => s !== null);

/** Turns the model's answer into a profile, dropping every value its cited line does not contain. */
export function groundModelProfile(lines: string[], answer: ModelProfile): Profile {
  const v = (item: { value: string; line: number } | null) => verify(lines, item);
  return {
    ...emptyProfile(),
    name: v(answer.name),
    email: v(answer.email),
    phone: v(answer.phone),
    location: v(answer.location),
    summary: v(answer.summary),
    links: verifyAll(lines, answer.links),
    experience: answer.experience
      .map((job) => ({
        title: v(job.title),
        company: v(job.company),
        location: v(job.location),
        start: v(job.start),
        end: v(job.end),
        current: job.current,
        bullets: verifyAll(lines, job.bullets),
      }))
      .filter((job) => job.title || job.company),
    education: answer.education
      .map((e) => ({ institution: v(e.institution), degree: v(e.degree), start: v(e.start), end: v(e.end) }))
      .filter((e) => e.institution || e.degree),
    skills: verifyAll(lines, answer.skills),
    certifications: verifyAll(lines, answer.certifications),
    languages: verifyAll(lines, answer.languages),
    projects: answer.projects.map((p) => ({ name: v(p.name), bullets: verifyAll(lines, p.bullets) })).filter((p) => p.name),
  };
}

/**
 * The LLM parser: structured output through the one model path (prompts/cv-parse.md; invalid JSON
 * is repaired or asked for again there), then the grounding check. Throws when no model gives a
 * valid answer; the caller keeps the offline profile.
 */
export async function parseProfileWithModel(
  route: ModelRoute,
  lines: string[],
  { abortSignal }: { abortSignal?: AbortSignal } = {},
): Promise<{ profile: Profile; run: ModelRun }> {
  const request = { prompt: taskPrompts.cvParse(), values: { cv: numberedCvLines(lines.slice(0, 400)) }, signal: abortSignal };
  const { object, run } = await generateModelObject(route, request, modelProfileSchema);
  return { profile: groundModelProfile(lines, object), run };
}
