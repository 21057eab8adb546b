import { z } from "zod";

/**
 * A value read from the CV, with the line it was read from and how sure the parser is. A field with
 * no source line has no value: nothing is guessed. Fields the user corrected carry source "edited".
 */
export const sourcedSchema = z.object({
  value: z.string().max(2_000),
  source: z.string().max(2_000),
  confidence: z.number().min(0).max(1),
});
export type Sourced = z.infer<typeof sourcedSchema>;

const field = sourcedSchema.nullable();
const list = z.array(sourcedSchema).max(200);

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
  experience: z.array(experienceSchema).max(50),
  education: z.array(educationSchema).max(20),
  skills: list,
  certifications: list,
  languages: list,
  projects: z.array(projectSchema).max(30),
});
export type Profile = z.infer<typeof profileSchema>;

export const emptyProfile = (): Profile => ({
  name: null, email: null, phone: null, location: null, summary: null, links: [],
  experience: [], education: [], skills: [], certifications: [], languages: [], projects: [],
});

/** Below this, the review form highlights a field for the user to check. */
export const lowConfidence = 0.6;

export const sourced = (value: string, source: string, confidence: number): Sourced => ({ value: value.trim(), source, confidence });
