import { z } from "zod";
import { storedJson } from "@/lib/db/stored-json";

/** What is kept of an answer's citations: each cited line with whether the server could check it, and the sentences it could not. */
export const answerChecksSchema = z.object({
  citations: z.array(z.object({ line: z.number().int(), text: z.string().max(5_000), verified: z.boolean() })).max(200),
  unchecked: z.array(z.string().max(5_000)).max(200),
});
export type AnswerChecks = z.infer<typeof answerChecksSchema>;

export const storedAnswerChecks = storedJson("Message.citations", answerChecksSchema);
export const noChecks = (): AnswerChecks => ({ citations: [], unchecked: [] });
