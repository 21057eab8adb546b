import { z } from "zod";
import { provenanceSchema } from "@/lib/ai/provenance";

export const seniorities = ["intern", "junior", "mid", "senior", "lead", "executive"] as const;
export const postingLanguages = ["en", "es", "fr", "de", "pt"] as const;

export type Seniority = (typeof seniorities)[number];
export type PostingLanguage = (typeof postingLanguages)[number];

/**
 * What a posting asks beyond skills, each with the posting line it was read from. `options` are the
 * accepted alternatives ("ACCA", "CIMA"; "English"), `years` a minimum (for "years" and "capacity"),
 * and `level` a degree or language level ("bachelor", "C1", "fluent").
 */
export const requirementKinds = ["years", "capacity", "licence", "education", "language"] as const;
export type RequirementKind = (typeof requirementKinds)[number];
export const postingRequirementSchema = z.object({
  kind: z.enum(requirementKinds),
  label: z.string().max(300),
  line: z.string().max(2_000),
  required: z.boolean(),
  years: z.number().min(0).max(60).nullable(),
  options: z.array(z.string().max(120)).max(20),
  level: z.string().max(60).nullable(),
});
export type PostingRequirement = z.infer<typeof postingRequirementSchema>;

export const salaryPeriods = ["year", "month", "hour"] as const;
/** Base pay as numbers; a single figure gives min = max. */
export const salaryRangeSchema = z.object({ min: z.number(), max: z.number(), currency: z.string().max(3), period: z.enum(salaryPeriods) });
export type SalaryRange = z.infer<typeof salaryRangeSchema>;

/** What is read from a posting; a model's refinement adds the model and prompt version it came from. */
export const jobAnalysisSchema = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  employmentType: z.string().nullable(),
  seniority: z.enum(seniorities).nullable(),
  requiredSkills: z.array(z.string()),
  preferredSkills: z.array(z.string()),
  yearsOfExperience: z.number().nullable(),
  education: z.string().nullable(),
  salary: z.string().nullable(),
  // Analyses stored before these were read have neither: they read as "none found".
  salaryRange: salaryRangeSchema.nullable().default(null),
  requirements: z.array(postingRequirementSchema).max(60).default([]),
  language: z.enum(postingLanguages),
  provenance: provenanceSchema.optional(),
});
export type JobAnalysis = z.infer<typeof jobAnalysisSchema>;
