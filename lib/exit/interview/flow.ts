import { isDeclined } from "@/lib/exit/analysis/vague";
import type { AnswerLabels } from "@/lib/exit/interview/labels";
import type { Progress } from "@/lib/exit/interview/progress";
import { protocolQuestions, type AreaId, type FollowUpReason, type InterviewLanguage, type ProtocolQuestion } from "@/lib/exit/interview/protocol";

// Code decides the flow: which question comes next, and whether one follow-up is asked. Nothing the
// employee types can change it; only the buttons (skip, finish, withdraw) do.

export const interviewBudget = {
  /**
   * Answers and skips in one interview: every main question with its one follow-up, and a little
   * room. Once spent, the interview ends as if the employee had finished.
   */
  maxTurns: 24,
  /** One answer: several paragraphs. Longer text is a paste of something else, and slows the analysis. */
  maxAnswerChars: 4_000,
} as const;

export type CurrentQuestion = {
  key: string;
  area: AreaId;
  text: string;
  followUp: boolean;
  /** 1-based position of the main question, and how many main questions there are. */
  number: number;
  total: number;
};

export const mainQuestionAt = (progress: Progress): ProtocolQuestion | undefined => protocolQuestions[progress.step];

/** The question to show now, or null when the interview has nothing more to ask. */
export function currentQuestion(progress: Progress, language: InterviewLanguage): CurrentQuestion | null {
  const main = mainQuestionAt(progress);
  if (!main || progress.turns >= interviewBudget.maxTurns) return null;
  return {
    key: main.key,
    area: main.area,
    text: progress.followUp?.text ?? main.text[language],
    followUp: progress.followUp !== null,
    number: progress.step + 1,
    total: protocolQuestions.length,
  };
}

/**
 * Why an answer to a main question deserves a follow-up, or null. A declined answer is never pushed;
 * an answer that leaves out what happened is asked about once; so is one with strong negative feeling,
 * gently, because that is where the detail HR needs usually is.
 */
export function followUpReasonFor(labels: AnswerLabels, answer: string): FollowUpReason | null {
  if (isDeclined(answer)) return null;
  if (labels.vague) return "vague";
  if (labels.sentiment === "negative" && labels.intensity === 3) return "emotional";
  return null;
}

const nextMainQuestion = (progress: Progress): Progress => ({ step: progress.step + 1, turns: progress.turns + 1, followUp: null });

/**
 * The progress after an answer to the current question. A main question gets at most one follow-up,
 * worded from the protocol (the caller may replace the wording, never the decision); an answer to a
 * follow-up always moves on. No follow-up is started that the turn budget could not hold.
 */
export function afterAnswer(progress: Progress, { labels, answer, language }: { labels: AnswerLabels; answer: string; language: InterviewLanguage }): Progress {
  const main = mainQuestionAt(progress);
  if (!main || progress.followUp) return nextMainQuestion(progress);
  const reason = followUpReasonFor(labels, answer);
  if (!reason || progress.turns + 2 > interviewBudget.maxTurns) return nextMainQuestion(progress);
  return { ...progress, turns: progress.turns + 1, followUp: { reason, text: main.followUps[reason][language] } };
}

/** Skipping a main question or its follow-up moves on to the next main question. */
export const afterSkip = nextMainQuestion;
