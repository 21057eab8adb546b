import { z } from "zod";
import type { OfflineDrafter } from "@/lib/ai/offline/model";
import { answerFromCv, type OfflineChatInput } from "@/lib/chat/offline/answer";
import { profileSchema } from "@/lib/cv/profile";

/** The offline engine's task name for resume questions. */
export const chatTask = "resume-chat";

// The request reaches the engine as JSON through the model call, so it is checked again here.
const offlineChatSchema = z.object({
  lines: z.array(z.string().max(20_000)).max(5_000),
  profile: profileSchema,
  question: z.string().max(4_000),
  history: z.array(z.object({ question: z.string(), answer: z.string(), citations: z.array(z.number().int()) })).max(100),
  job: z.object({ title: z.string().nullable(), skills: z.array(z.string().max(200)).max(200) }).nullable(),
});

export const readOfflineChatInput = (input: unknown): OfflineChatInput => offlineChatSchema.parse(input);

/** The offline engine's answer to a resume question: extractive, with the lines it used cited inline. */
export const draftChatAnswer: OfflineDrafter = ({ input }) => answerFromCv(readOfflineChatInput(input)).text;
