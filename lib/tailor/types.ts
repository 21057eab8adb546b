import { z } from "zod";
import { provenanceSchema } from "@/lib/ai/provenance";
import type { Claim } from "@/lib/tailor/grounding";

/** A line of the tailored CV and the CV line(s) it comes from. */
export const tracedLineSchema = z.object({ text: z.string(), source: z.string() });
export type TracedLine = z.infer<typeof tracedLineSchema>;

/**
 * One proposed change to the CV, which the user accepts or rejects: a new summary, a new order of
 * skills, or a job's bullets reordered, shortened or reworded. `job` is the index in the profile.
 */
export const changeSchema = z.object({
  id: z.string(),
  kind: z.enum(["summary", "skills", "bullets"]),
  job: z.number().int().optional(),
  label: z.string(),
  original: z.array(tracedLineSchema),
  proposed: z.array(tracedLineSchema),
});
export type Change = z.infer<typeof changeSchema>;

/** Claims a model wrote that the CV does not support: taken out, and shown to the user. */
export const flaggedClaimSchema = z.object({
  kind: z.enum(["skill", "number", "name"]),
  claim: z.string(),
  sentence: z.string(),
  where: z.string(),
}) satisfies z.ZodType<Claim & { where: string }>;
export type FlaggedClaim = z.infer<typeof flaggedClaimSchema>;

/**
 * `method` is "offline" or the id of the model that reworded the CV; a model's tailoring also keeps
 * the prompt version it came from.
 */
export const tailoringSchema = z.object({
  method: z.string(),
  changes: z.array(changeSchema),
  rejected: z.array(z.string()),
  flagged: z.array(flaggedClaimSchema),
  provenance: provenanceSchema.optional(),
});
export type Tailoring = z.infer<typeof tailoringSchema>;
