import { z } from "zod";

/**
 * The longest value or cited source a profile keeps, and the most items, jobs, schools and projects it
 * lists. Real CVs hold far less; a profile read from any text within the CV limit stays small enough
 * to store and to pass between threads.
 */
export const profileBounds = { text: 2_000, items: 200, jobs: 50, schools: 20, projects: 30 } as const;

/**
 * A value read from the CV, with the line it was read from and how sure the parser is. A field with
 * no source line has no value: nothing is guessed. Fields the user corrected carry source "edited".
 */
export const sourcedSchema = z.object({
  value: z.string().max(profileBounds.text),
  source: z.string().max(profileBounds.text),
  confidence: z.number().min(0).max(1),
});
export type Sourced = z.infer<typeof sourcedSchema>;

const field = sourcedSchema.nullable();
const list = z.array(sourcedSchema).max(profileBounds.items);

export const experienceSchema = z.object({
  title: field,
  company: field,
  location: field,
  start: field,
  end: field,
  current: z.boolean(),
  bullets: list,
});
export type Experience = z.infer<typeof experienceSchema>;

export const educationSchema = z.object({ institution: field, degree: field, start: field, end: field });
export const projectSchema = z.object({ name: field, bullets: list });

export const profileSchema = z.object({
  name: field,
  email: field,
  phone: field,
  location: field,
  summary: field,
  links: list,
  experience: z.array(experienceSchema).max(profileBounds.jobs),
  education: z.array(educationSchema).max(profileBounds.schools),
  skills: list,
  certifications: list,
  languages: list,
  projects: z.array(projectSchema).max(profileBounds.projects),
});
export type Profile = z.infer<typeof profileSchema>;

export const emptyProfile = (): Profile => ({
  name: null,
  email: null,
  phone: null,
  location: null,
  summary: null,
  links: [],
  experience: [],
  education: [],
  skills: [],
  certifications: [],
  languages: [],
  projects: [],
});

/** Below this, the review form highlights a field for the user to check. */
export const lowConfidence = 0.6;

/**
 * The part of a source line that holds the value, when the line is longer than a profile keeps: many
 * values read from one long line would otherwise each carry a copy of all of it.
 */
function citation(value: string, source: string): string {
  if (source.length <= profileBounds.text) return source;
  const at = Math.max(0, source.indexOf(value));
  const start = Math.max(0, Math.min(at - Math.min(200, profileBounds.text - value.length), source.length - profileBounds.text));
  return source.slice(start, start + profileBounds.text);
}

export const sourced = (value: string, source: string, confidence: number): Sourced => {
  const kept = value.trim().slice(0, profileBounds.text);
  return { value: kept, source: citation(kept, source), confidence };
};
