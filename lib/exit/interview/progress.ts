import { z } from "zod";
import { storedJson } from "@/lib/db/stored-json";

/**
 * Where an interview stands, kept in ExitInterview.progress so that a reload, a lost connection or a
 * server restart resumes exactly there. An interview nobody has answered yet holds `{}`, which reads
 * as the start.
 */
export const progressSchema = z.object({
  /** The main question being asked, as an index into the protocol; past the end when all were asked. */
  step: z.number().int().min(0).max(100).default(0),
  /** Answers and skips recorded so far: the next one is stored with seq `turns + 1`. */
  turns: z.number().int().min(0).max(1000).default(0),
  /** The one follow-up being asked about the current main question, worded as it was shown. */
  followUp: z
    .object({ reason: z.enum(["vague", "emotional"]), text: z.string().min(1).max(400) })
    .nullable()
    .default(null),
});

export type Progress = z.infer<typeof progressSchema>;

export const startingProgress: Progress = { step: 0, turns: 0, followUp: null };

export const storedProgress = storedJson("ExitInterview.progress", progressSchema);
