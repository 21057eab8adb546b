import { z } from "zod";
import { idSchema } from "@/lib/db/ids";
import { boundedText } from "@/lib/security/text-limits";

/** A reason is a sentence or two for the organisation's admins, not a review. */
export const maxReasonLength = 500;

export const ratingSchema = z.enum(["UP", "DOWN"], "Choose thumbs up or thumbs down");

/** One person's rating of a written document or of one chat answer. */
export const feedbackInputSchema = z.object({
  target: z.enum(["document", "answer"], "Rate a document or an answer"),
  id: idSchema,
  rating: ratingSchema,
  reason: boundedText(maxReasonLength, "Reasons", "Keep the main point.").optional(),
});

export type FeedbackInput = z.output<typeof feedbackInputSchema>;
export type Rating = z.output<typeof ratingSchema>;
