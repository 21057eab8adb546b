import "server-only";
import { z } from "zod";
import {
  completeInterview,
  consentToInterview,
  openInterviewByTokenHash,
  recordTurn,
  withdrawConsent,
  type LinkRefusal,
  type OpenedInterview,
  type Turn,
} from "@/lib/db/queries/exit-interviews";
import { consentWithdrawn } from "@/lib/exit/analysis/withdrawal";
import { afterAnswer, afterSkip, currentQuestion, interviewBudget, mainQuestionAt } from "@/lib/exit/interview/flow";
import { followUpRoute } from "@/lib/exit/interview/follow-up-route";
import { wordFollowUp } from "@/lib/exit/interview/follow-up-wording";
import { labelAnswer } from "@/lib/exit/interview/labels";
import { parsedInput } from "@/lib/exit/interview/route-body";
import { hashInterviewToken, isPlausibleToken } from "@/lib/exit/interview/link";
import type { Progress } from "@/lib/exit/interview/progress";
import type { InterviewLanguage } from "@/lib/exit/interview/protocol";
import { uiText } from "@/lib/exit/interview/ui-text";
import { viewOf, type InterviewResponse, type InterviewView } from "@/lib/exit/interview/view";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { enqueueJob } from "@/lib/queue/enqueue";
import { boundedText } from "@/lib/security/text-limits";

// What the departing employee can do through their link. The link is the only key: every step opens
// the interview by the token's hash again, so a link withdrawn or expired a second ago stops working.

const turnField = z.number().int().min(0).max(interviewBudget.maxTurns);
/** Seconds the employee spent on a question, as their browser measured it; capped at a day. */
const secondsField = z.number().int().min(0).max(86_400).nullable().default(null);

export const answerBodySchema = z.object({
  turn: turnField,
  text: boundedText(interviewBudget.maxAnswerChars, "An answer", "Shorten it, or go on in the next question.").min(1, "Type an answer, or skip the question."),
  secondsSpent: secondsField,
});
const skipBodySchema = z.object({ turn: turnField, secondsSpent: secondsField });

export type OpenResult = { ok: true; interview: OpenedInterview } | { ok: false; reason: LinkRefusal; language: InterviewLanguage | null };

/** The interview behind a token, or why it is refused; never throws for a bad link. */
export async function openByToken(db: PrismaClient, token: string): Promise<OpenResult> {
  if (!isPlausibleToken(token)) return { ok: false, reason: "unknown", language: null };
  return openInterviewByTokenHash(db, { tokenHash: hashInterviewToken(token) });
}

async function openOrRefuse(db: PrismaClient, token: string): Promise<OpenedInterview> {
  const opened = await openByToken(db, token);
  if (!opened.ok) throw new AppError("not_found:exit", uiText[opened.language ?? "en"].closed[opened.reason].body);
  return opened.interview;
}

function underWay(interview: OpenedInterview): OpenedInterview {
  if (interview.status !== "IN_PROGRESS") throw new AppError("conflict:api", uiText[interview.language].consentFirst);
  return interview;
}

/**
 * Ends the interview and queues its summary. The row already says the summary is pending, and
 * pending summaries are queued again when the job runner starts, so a failed send is not the
 * employee's problem.
 */
async function finished(db: PrismaClient, interview: OpenedInterview): Promise<InterviewResponse> {
  if (await completeInterview(db, { id: interview.id })) {
    await enqueueJob("exit-summary", { interviewId: interview.id }).catch((error: unknown) =>
      logger.warn({ kind: error instanceof Error ? error.name : typeof error, interviewId: interview.id }, "exit summary not queued; it stays pending"),
    );
  }
  return { phase: "done", language: interview.language };
}

export async function giveConsent(db: PrismaClient, token: string): Promise<InterviewView> {
  const interview = await openOrRefuse(db, token);
  await consentToInterview(db, { id: interview.id });
  return viewOf(await openOrRefuse(db, token));
}

/** Records a turn, then shows what comes next; the interview ends by itself when nothing is left to ask. */
async function record(
  db: PrismaClient,
  token: string,
  interview: OpenedInterview,
  turn: Turn,
  next: Progress,
  offerWithdraw = false,
): Promise<InterviewResponse> {
  const saved = await recordTurn(db, { id: interview.id, tokenHash: hashInterviewToken(token), afterTurns: interview.progress.turns, turn, progress: next });
  if (saved === "saved" && !currentQuestion(next, interview.language)) return finished(db, interview);
  return viewOf(await openOrRefuse(db, token), { offerWithdraw: saved === "saved" && offerWithdraw });
}

/** The answer to the current question. The link is checked before the input, so a closed link is always refused as such. */
export async function answerQuestion(db: PrismaClient, token: string, input: unknown): Promise<InterviewResponse> {
  const interview = underWay(await openOrRefuse(db, token));
  // Each answer may call a model: a link is limited, so one holder cannot flood it.
  await consumeRateLimit("exit-link", interview.id);
  const body = parsedInput(answerBodySchema, input);
  const { progress, language } = interview;
  const question = currentQuestion(progress, language);
  const main = mainQuestionAt(progress);
  // Another tab or a repeated click already recorded this turn: show where the interview stands.
  if (body.turn !== progress.turns) return viewOf(interview);
  if (!question || !main) return finished(db, interview);
  const labels = labelAnswer(main, body.text);
  let next = afterAnswer(progress, { labels, answer: body.text, language });
  if (next.followUp) {
    const text = await wordFollowUp(followUpRoute(), {
      question: question.text,
      answer: body.text,
      suggestion: next.followUp.text,
      language,
      knownNames: interview.knownNames,
    });
    next = { ...next, followUp: { ...next.followUp, text } };
  }
  const turn: Turn = {
    area: main.area,
    questionKey: main.key,
    question: question.text,
    followUp: question.followUp,
    secondsSpent: body.secondsSpent,
    skipped: false,
    answer: body.text,
    labels,
  };
  return record(db, token, interview, turn, next, consentWithdrawn([{ role: "employee", text: body.text }]));
}

export async function skipQuestion(db: PrismaClient, token: string, input: unknown): Promise<InterviewResponse> {
  const interview = underWay(await openOrRefuse(db, token));
  const body = parsedInput(skipBodySchema, input);
  const { progress, language } = interview;
  const question = currentQuestion(progress, language);
  const main = mainQuestionAt(progress);
  if (body.turn !== progress.turns) return viewOf(interview);
  if (!question || !main) return finished(db, interview);
  const turn: Turn = {
    area: main.area,
    questionKey: main.key,
    question: question.text,
    followUp: question.followUp,
    secondsSpent: body.secondsSpent,
    skipped: true,
  };
  return record(db, token, interview, turn, afterSkip(progress));
}

export async function finishEarly(db: PrismaClient, token: string): Promise<InterviewResponse> {
  return finished(db, underWay(await openOrRefuse(db, token)));
}

/** Deletes everything the employee said; allowed before consent too, as a refusal to take part. */
export async function withdraw(db: PrismaClient, token: string): Promise<InterviewResponse> {
  const interview = await openOrRefuse(db, token);
  await withdrawConsent(db, { id: interview.id });
  return { phase: "withdrawn", language: interview.language };
}
