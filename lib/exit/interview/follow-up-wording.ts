import { generateModelText, type ModelRoute } from "@/lib/ai/model-call";
import { loadTaskPrompt, type TaskPrompt } from "@/lib/ai/task-prompts";
import { maskPersonalData } from "@/lib/exit/analysis/mask/mask";
import { acceptableFollowUp } from "@/lib/exit/interview/follow-up-check";
import type { InterviewLanguage } from "@/lib/exit/interview/protocol";
import { logger } from "@/lib/logger";

// The flow has already decided that a follow-up is asked and why; a configured model may only make
// its wording fit the answer. The employee is waiting for the next question, so the model gets a few
// seconds, and any failure or unfit answer keeps the protocol's wording.

const WORDING_TIMEOUT_MS = 6_000;

const fields = ["language", "question", "answer", "suggestion"] as const;
let prompt: TaskPrompt<(typeof fields)[number]> | undefined;
const followUpPrompt = () => (prompt ??= loadTaskPrompt("exit-follow-up", fields));

const languageNames: Record<InterviewLanguage, string> = { en: "English", es: "Spanish", fr: "French", de: "German", pt: "Portuguese" };

/**
 * The follow-up question to show: the rewording of `suggestion` by the models in `route` (null when
 * none is configured) when one answers in time with a plain question, else `suggestion` itself. The
 * answer reaches the model masked (names HR entered, contact details, identifiers) and only as
 * delimited data.
 */
export async function wordFollowUp(
  route: ModelRoute | null,
  {
    question,
    answer,
    suggestion,
    language,
    knownNames,
  }: {
    question: string;
    answer: string;
    suggestion: string;
    language: InterviewLanguage;
    knownNames: readonly string[];
  },
  timeoutMs = WORDING_TIMEOUT_MS,
): Promise<string> {
  if (!route) return suggestion;
  try {
    const values = { language: languageNames[language], question, answer: maskPersonalData(answer, { knownNames }).text, suggestion };
    const { text } = await generateModelText(route, { prompt: followUpPrompt(), values, signal: AbortSignal.timeout(timeoutMs) });
    return acceptableFollowUp(text) ?? suggestion;
  } catch (error) {
    // Only the kind of failure: the answer is personal data.
    logger.warn({ err: error instanceof Error ? error.name : "unknown" }, "follow-up wording fell back to the protocol");
    return suggestion;
  }
}
