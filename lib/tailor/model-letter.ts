import { generateModelText, type ModelRoute, type ModelRun } from "@/lib/ai/model-call";
import { taskPrompts } from "@/lib/ai/task-prompts";
import type { JobAnalysis } from "@/lib/jobs/analyze";
import { groundLetter, letterWordRange, wordCount } from "@/lib/tailor/cover-letter";
import type { Claim } from "@/lib/tailor/grounding";

const languageNames = { en: "English", es: "Spanish", fr: "French", de: "German", pt: "Portuguese" } as const;

/**
 * A cover letter written by a model from the tailored CV (prompts/cover-letter.md), then put through
 * the grounding check: any line with a claim the CV does not support is taken out and returned.
 * Throws when what is left is shorter than a letter should be, so the caller can fall back to the
 * offline letter.
 */
export async function writeLetterWithModel(
  route: ModelRoute,
  { cvMarkdown, cvText, posting }: { cvMarkdown: string; cvText: string; posting: Pick<JobAnalysis, "title" | "company" | "language"> },
): Promise<{ letter: string; removed: Claim[]; run: ModelRun }> {
  const values = {
    title: posting.title ?? "not stated",
    company: posting.company ?? "not stated",
    cv: cvMarkdown,
    minWords: String(letterWordRange.min),
    maxWords: String(letterWordRange.max),
    language: languageNames[posting.language],
  };
  const { text, run } = await generateModelText(route, { prompt: taskPrompts.coverLetter(), values, signal: AbortSignal.timeout(90_000) });
  const grounded = groundLetter(text.trim(), `${cvText}\n${posting.title ?? ""}\n${posting.company ?? ""}`);
  if (wordCount(grounded.letter) < letterWordRange.min) throw new Error(`The model's letter had ${wordCount(grounded.letter)} supported words`);
  return { ...grounded, run };
}
