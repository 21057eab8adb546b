import { z } from "zod";

/** A job skill and where the CV shows it: the CV's own words and the line they are on. */
export const evidenceSchema = z.object({ skill: z.string(), cvWording: z.string(), cvLine: z.string() });
export type Evidence = z.infer<typeof evidenceSchema>;
export const partialSchema = evidenceSchema.extend({ relatedTo: z.string() });
export type Partial = z.infer<typeof partialSchema>;

export const fitKinds = ["role", "skill", "years", "capacity", "licence", "education", "language"] as const;
export type FitKind = (typeof fitKinds)[number];

/** "unknown": the app cannot judge it from the CV; it is never counted as met. */
export const fitStatuses = ["met", "partial", "missing", "unknown"] as const;
export type FitStatus = (typeof fitStatuses)[number];

/** One thing the posting asks, judged against the CV: the posting line it comes from and the CV lines that show it. */
export const judgedRequirementSchema = z.object({
  kind: z.enum(fitKinds),
  label: z.string().max(300),
  required: z.boolean(),
  status: z.enum(fitStatuses),
  postingLine: z.string().max(2_000).nullable(),
  cvLines: z.array(z.string().max(2_000)).max(3),
  note: z.string().max(300).nullable(),
  /** The points this requirement carries in the score (see the formula). */
  weight: z.number().min(0),
});
export type JudgedRequirement = z.infer<typeof judgedRequirementSchema>;

// Fits stored before requirements were judged carry only the skill lists: they read with no
// requirements and no cap, and are shown from those lists.
export const fitSchema = z.object({
  score: z.number().nullable(),
  requiredMatched: z.array(evidenceSchema),
  preferredMatched: z.array(evidenceSchema),
  partial: z.array(partialSchema),
  requiredMissing: z.array(z.string()),
  preferredMissing: z.array(z.string()),
  requirements: z.array(judgedRequirementSchema).max(200).default([]),
  /** Why the score was held down whatever the rest says (a different profession, a knock-out gap). */
  cap: z
    .object({ limit: z.number(), reason: z.string().max(300) })
    .nullable()
    .default(null),
});
export type Fit = z.infer<typeof fitSchema>;
