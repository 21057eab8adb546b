import { z } from "zod";
import { provenanceSchema } from "@/lib/ai/provenance";

export const seniorities = ["intern", "junior", "mid", "senior", "lead", "executive"] as const;
export const postingLanguages = ["en", "es", "fr", "de", "pt"] as const;

export type Seniority = (typeof seniorities)[number];
export type PostingLanguage = (typeof postingLanguages)[number];

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
  language: z.enum(postingLanguages),
  provenance: provenanceSchema.optional(),
});
export type JobAnalysis = z.infer<typeof jobAnalysisSchema>;
