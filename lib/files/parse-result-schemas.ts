import { z } from "zod";
import { profileSchema } from "@/lib/cv/profile";
import type { ExtractionProblem } from "@/lib/cv/extract/extraction-error";
import { jobAnalysisSchema } from "@/lib/jobs/analysis-schema";
import type { CachedParseTask } from "@/lib/files/parse-once";

const readCvSchema = z.object({
  text: z.string(),
  profile: profileSchema,
  parseMethod: z.string(),
  confidence: z.number(),
  warnings: z.array(z.enum(["hidden_text", "few_fields"])),
  mime: z.string(),
  sha256: z.string(),
  size: z.number(),
});

const valueSchemas: Record<CachedParseTask, z.ZodType> = {
  cvFile: readCvSchema,
  cvText: readCvSchema,
  postingFile: z.object({ text: z.string(), analysis: jobAnalysisSchema }),
  postingText: jobAnalysisSchema,
};

const refusalSchema = z.object({ refused: z.object({ problem: z.string<ExtractionProblem>(), message: z.string() }) });

/** A stored parse result as it was written: a value of the task's shape, or a refusal. Anything else is a miss. */
export function storedParseResult(task: CachedParseTask) {
  return z.union([z.object({ value: valueSchemas[task] }), refusalSchema]);
}
