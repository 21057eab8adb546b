import { z } from "zod";
import { generateModelObject, type ModelRoute, type ModelRun } from "@/lib/ai/model-call";
import { maskPersonalData } from "@/lib/exit/analysis/mask/mask";
import { interviewSummarySchema, type InterviewSummary, type Turn } from "@/lib/exit/analysis/summary-schema";
import { themeIds, type ThemeId } from "@/lib/exit/analysis/theme-ids";
import { quoteIsVerbatim } from "@/lib/exit/analysis/verbatim";
import { exitSummaryPrompt } from "@/lib/exit/jobs/summary-prompt";

// The summary written by a model. The model reads only masked text, and nothing it answers is taken
// on trust: themes outside the taxonomy are dropped, its prose is masked again, and a quote is kept
// only when it is the employee's own words, character for character, with no personal data in it.

const text = z.string().max(1_000);
const theme = z.string().max(60);
const verdict = z.enum(["yes", "no", "unsure"]).nullable();

// Themes are free strings here so that one unknown theme costs that theme, not the whole answer.
export const modelSummarySchema = z.object({
  sentiment: z.enum(["positive", "negative", "neutral", "mixed"]).nullable(),
  intensity: z.number().int().min(1).max(3).nullable(),
  themes: z.array(theme).max(30),
  reasons: z.array(z.object({ text, themes: z.array(theme).max(10) })).max(12),
  wouldHaveStayedIf: text.nullable(),
  managementFeedback: z.array(text).max(12),
  suggestions: z.array(text).max(12),
  wouldRecommend: verdict,
  wouldReturn: verdict,
  escalations: z.array(z.object({ theme, text })).max(12),
  quotes: z.array(text).max(12),
});
export type ModelSummary = z.infer<typeof modelSummarySchema>;

const MAX_QUOTES = 3;
const MAX_TRANSCRIPT_CHARS = 40_000;
const escalationThemes = new Set<string>(["health_safety", "harassment_discrimination"] satisfies ThemeId[]);

/** Known themes only, once each, in taxonomy order. */
const knownThemes = (themes: readonly string[]): ThemeId[] => themeIds.filter((id) => themes.includes(id));

/**
 * The names to mask everywhere in one interview: those HR entered, and every name the masker finds in
 * any answer, so a name recognised from its context in one answer ("my manager priya") is masked in
 * the others too ("priya never listened").
 */
export function namesAcross(turns: readonly Turn[], knownNames: readonly string[]): string[] {
  const found = turns
    .filter((turn) => turn.role === "employee")
    .flatMap((turn) =>
      maskPersonalData(turn.text, { knownNames })
        .spans.filter((span) => span.type === "name")
        .map((span) => span.text),
    );
  return [...new Set([...knownNames, ...found])];
}

/** The transcript as the model reads it: every turn masked, with the names found across the interview. */
export function maskedTranscript(turns: readonly Turn[], knownNames: readonly string[]): string {
  const names = namesAcross(turns, knownNames);
  return turns
    .map((turn) => `${turn.role === "employee" ? "Employee" : "Interviewer"}: ${maskPersonalData(turn.text, { knownNames: names }).text}`)
    .join("\n")
    .slice(0, MAX_TRANSCRIPT_CHARS);
}

/** The model's answer as a summary that passes every check; `offline` fills in what the model left out. */
export function groundModelSummary(answer: ModelSummary, turns: readonly Turn[], knownNames: readonly string[], offline: InterviewSummary): InterviewSummary {
  const names = namesAcross(turns, knownNames);
  const mask = (value: string) => maskPersonalData(value.trim(), { knownNames: names }).text;
  const quotes = answer.quotes.map((quote) => quote.trim()).filter((quote) => quoteIsVerbatim(quote, turns) && mask(quote) === quote);
  const themes = knownThemes(answer.themes);
  const reasons = answer.reasons.filter((r) => r.text.trim()).map((r) => ({ text: mask(r.text), themes: knownThemes(r.themes) }));
  return interviewSummarySchema.parse({
    withdrawn: false,
    sentiment: answer.sentiment ?? offline.sentiment,
    intensity: answer.sentiment ? (answer.intensity ?? offline.intensity) : offline.intensity,
    themes: themes.length ? themes : offline.themes,
    reasons,
    reasonThemes: knownThemes(reasons.flatMap((r) => r.themes)),
    wouldHaveStayedIf: answer.wouldHaveStayedIf?.trim() ? mask(answer.wouldHaveStayedIf) : null,
    managementFeedback: answer.managementFeedback.filter((t) => t.trim()).map(mask),
    suggestions: answer.suggestions.filter((t) => t.trim()).map(mask),
    wouldRecommend: answer.wouldRecommend,
    wouldReturn: answer.wouldReturn,
    escalations: answer.escalations.filter((e) => escalationThemes.has(e.theme) && e.text.trim()).map((e) => ({ theme: e.theme, text: mask(e.text) })),
    quotes: [...new Set(quotes)].slice(0, MAX_QUOTES),
  });
}

/** Asks the route's models for the summary; throws when none gives a valid answer (the caller keeps `offline`). */
export async function summariseWithModel(
  route: ModelRoute,
  { turns, knownNames, offline }: { turns: readonly Turn[]; knownNames: readonly string[]; offline: InterviewSummary },
): Promise<{ summary: InterviewSummary; run: ModelRun }> {
  const request = {
    prompt: exitSummaryPrompt(),
    values: { themes: themeIds.join(", "), transcript: maskedTranscript(turns, knownNames) },
    signal: AbortSignal.timeout(120_000),
  };
  const { object, run } = await generateModelObject(route, request, modelSummarySchema);
  return { summary: groundModelSummary(object, turns, knownNames, offline), run };
}
