import type { OpenedInterview } from "@/lib/db/queries/exit-interviews";
import { currentQuestion, type CurrentQuestion } from "@/lib/exit/interview/flow";
import { protocolQuestions, type InterviewLanguage } from "@/lib/exit/interview/protocol";
import type { ExitMode } from "@/lib/generated/prisma/client";

/** What the employee's page shows of an open interview: the conversation so far and the question to answer. */
export type InterviewView = {
  phase: "consent" | "interview";
  /** Keys the unsent draft kept in the browser, so a draft never shows up under another interview. */
  id: string;
  language: InterviewLanguage;
  mode: ExitMode;
  retentionDays: number;
  total: number;
  /** The turn the next answer or skip is for; the server refuses to record the same turn twice. */
  turn: number;
  history: { seq: number; question: string; answer: string | null; skipped: boolean; followUp: boolean }[];
  current: CurrentQuestion | null;
  /** The last answer sounded like the employee wants to stop: the page offers to withdraw. */
  offerWithdraw: boolean;
};

/** The page after the interview ended, either way: nothing of it is shown any more. */
export type ClosedView = { phase: "done"; language: InterviewLanguage } | { phase: "withdrawn"; language: InterviewLanguage };

export type InterviewResponse = InterviewView | ClosedView;

export function viewOf(interview: OpenedInterview, { offerWithdraw = false } = {}): InterviewView {
  return {
    phase: interview.status === "INVITED" ? "consent" : "interview",
    id: interview.id,
    language: interview.language,
    mode: interview.mode,
    retentionDays: interview.retentionDays,
    total: protocolQuestions.length,
    turn: interview.progress.turns,
    history: interview.answers.map(({ seq, question, answer, skipped, followUp }) => ({ seq, question: question ?? "", answer, skipped, followUp })),
    current: interview.status === "INVITED" ? null : currentQuestion(interview.progress, interview.language),
    offerWithdraw,
  };
}
