import { z } from "zod";
import { maskTypes } from "@/lib/exit/analysis/mask/spans";
import { themeIds } from "@/lib/exit/analysis/theme-ids";

// The labelled exit-interview set (exit-interviews/answers.json and transcripts.json), parsed with
// zod so a malformed file fails loudly instead of scoring nonsense.

const sentiment = z.enum(["positive", "negative", "neutral", "mixed"]);
const span = z.object({ type: z.enum(maskTypes), text: z.string() });

export const labelledAnswerSchema = z.object({
  id: z.string(),
  question: z.string(),
  answer: z.string(),
  sentiment,
  intensity: z.number().int().min(1).max(3),
  themes: z.array(z.enum(themeIds)),
  vague: z.boolean(),
  containsPII: z.boolean(),
  mask: z.array(span).optional(),
  notes: z.string().optional(),
  lang: z.string().optional(),
});

export const labelledTranscriptSchema = z.object({
  id: z.string(),
  persona: z.string().optional(),
  reasonCategory: z.string().optional(),
  turns: z.array(z.object({ role: z.enum(["interviewer", "employee"]), text: z.string() })),
  expected: z.object({
    sentiment: sentiment.nullable(),
    themes: z.array(z.enum(themeIds)),
    reasons: z.array(z.string()),
    reasonThemes: z.array(z.enum(themeIds)),
    wouldHaveStayedIf: z.string().nullable(),
    regrettable: z.boolean().optional(),
  }),
  mask: z.array(span).optional(),
  notes: z.string().optional(),
});

export type LabelledAnswer = z.infer<typeof labelledAnswerSchema>;
export type LabelledTranscript = z.infer<typeof labelledTranscriptSchema>;

export const answersFileSchema = z.array(labelledAnswerSchema);
export const transcriptsFileSchema = z.array(labelledTranscriptSchema);

/** Whether a labelled answer is ironic, as its notes say. */
export const isSarcastic = (item: LabelledAnswer) => /\b(?:sarcas|iron)/i.test(item.notes ?? "");

/** Whether a transcript's consent was withdrawn, as its notes or empty expectations say. */
export const isWithdrawn = (transcript: LabelledTranscript) => /withdr[ae]wn/i.test(transcript.notes ?? "") && transcript.expected.sentiment === null;
