import { z } from "zod";
import { themeIds } from "@/lib/exit/analysis/theme-ids";

// The summary of one exit interview, whoever writes it (the offline analysis or a model). Every
// free-text field is masked; quotes are verbatim sentences of the employee that hold no personal data.

const theme = z.enum(themeIds);
const verdict = z.enum(["yes", "no", "unsure"]).nullable();

export const interviewSummarySchema = z.object({
  withdrawn: z.boolean(),
  sentiment: z.enum(["positive", "negative", "neutral", "mixed"]).nullable(),
  intensity: z.number().int().min(1).max(3).nullable(),
  themes: z.array(theme),
  reasons: z.array(z.object({ text: z.string(), themes: z.array(theme) })),
  reasonThemes: z.array(theme),
  wouldHaveStayedIf: z.string().nullable(),
  managementFeedback: z.array(z.string()),
  suggestions: z.array(z.string()),
  wouldRecommend: verdict,
  wouldReturn: verdict,
  /** Problems HR must act on (a safety hazard, a harassment report), masked. */
  escalations: z.array(z.object({ theme: z.enum(["health_safety", "harassment_discrimination"]), text: z.string() })),
  quotes: z.array(z.string()),
});

export type InterviewSummary = z.infer<typeof interviewSummarySchema>;

export type Turn = { role: "interviewer" | "employee"; text: string };

/** What a withdrawn interview yields: nothing from its answers is kept. */
export const emptySummary = (withdrawn: boolean): InterviewSummary => ({
  withdrawn,
  sentiment: null,
  intensity: null,
  themes: [],
  reasons: [],
  reasonThemes: [],
  wouldHaveStayedIf: null,
  managementFeedback: [],
  suggestions: [],
  wouldRecommend: null,
  wouldReturn: null,
  escalations: [],
  quotes: [],
});
