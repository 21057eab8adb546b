import type { ModelRoute } from "@/lib/ai/model-call";
import { summariseInterview } from "@/lib/exit/analysis/summarise";
import type { InterviewSummary, Turn } from "@/lib/exit/analysis/summary-schema";
import { consentWithdrawn } from "@/lib/exit/analysis/withdrawal";
import { summariseWithModel } from "@/lib/exit/jobs/model-summary";
import { storedSummary } from "@/lib/exit/jobs/stored-summary";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// The summary job: a completed interview's answers in, its summary, overall sentiment and themes out.
// Running it again writes the same thing again, so a retried or doubled job is harmless.

export type SummaryOutcome = "written" | "skipped";
export type SummaryOptions = {
  /** The models to ask, or null to use the offline summariser only. */
  route: ModelRoute | null;
  /** Told when the model gave no usable answer and the offline summary was kept instead. */
  onModelFailure?: (error: unknown) => void;
};

/** The names HR entered, as written: the masker splits them into words itself, in any case. */
const nameWords = (...values: string[]) => values.map((value) => value.trim()).filter(Boolean);

export async function writeInterviewSummary(db: PrismaClient, interviewId: string, { route, onModelFailure }: SummaryOptions): Promise<SummaryOutcome> {
  const interview = await db.exitInterview.findUnique({
    where: { id: interviewId },
    select: {
      status: true,
      purgedAt: true,
      employeeName: true,
      manager: true,
      answers: { orderBy: { seq: "asc" }, select: { question: true, answer: true, skipped: true } },
    },
  });
  // A withdrawn interview may not be analysed; an unfinished or purged one has nothing to summarise.
  if (!interview || interview.status !== "COMPLETED" || interview.purgedAt) return "skipped";

  const turns: Turn[] = interview.answers.flatMap(({ question, answer, skipped }) =>
    answer?.trim() && !skipped
      ? [
          { role: "interviewer" as const, text: question ?? "" },
          { role: "employee" as const, text: answer },
        ]
      : [],
  );
  const offline = summariseInterview(turns, { withdrawn: false });
  let summary: InterviewSummary = offline;
  if (route && turns.length && !consentWithdrawn(turns)) {
    const knownNames = nameWords(interview.employeeName, interview.manager);
    summary = await summariseWithModel(route, { turns, knownNames, offline }).then(
      (result) => result.summary,
      (error: unknown) => {
        onModelFailure?.(error);
        return offline;
      },
    );
  }
  // Written only while the interview is still completed and kept: a withdrawal or purge that happened
  // while the summary was being written wins.
  await db.exitInterview.updateMany({
    where: { id: interviewId, status: "COMPLETED", purgedAt: null },
    data: { summary: storedSummary.write(summary, interviewId), summaryStatus: "done", sentiment: summary.sentiment, themes: summary.themes },
  });
  return "written";
}
