import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { AnswerLabels } from "@/lib/exit/interview/labels";
import { startingProgress, storedProgress, type Progress } from "@/lib/exit/interview/progress";
import { interviewLanguages, type InterviewLanguage } from "@/lib/exit/interview/protocol";
import { Prisma, type ExitMode, type ExitStatus, type PrismaClient } from "@/lib/generated/prisma/client";

// An exit interview is reached two ways: by its organisation's HR (every query takes the org id), and
// by the departing employee through the hash of the link's token, which is the only key they hold.

/** HR's record of why the employee is leaving, not an inference from the answers. */
export type ExitReason = "voluntary" | "involuntary" | "end_of_contract" | "retirement";

/** What HR enters about the departing employee and the interview. */
export type ExitInterviewFields = {
  employeeName: string;
  employeeEmail: string;
  department: string;
  role: string;
  manager: string;
  startDate: Date | null;
  lastDay: Date | null;
  reason: ExitReason;
  regrettable: boolean;
  language: InterviewLanguage;
  mode: ExitMode;
};

export function createExitInterview(
  db: PrismaClient,
  {
    orgId,
    createdById,
    fields,
    tokenHash,
    tokenExpiresAt,
  }: { orgId: string; createdById: string; fields: ExitInterviewFields; tokenHash: string; tokenExpiresAt: Date },
) {
  return db.exitInterview.create({
    data: { ...fields, orgId, createdById, tokenHash, tokenExpiresAt, progress: storedProgress.write(startingProgress) },
    select: { id: true },
  });
}

/** Links can be replaced or withdrawn only while the interview can still be taken. */
const stillOpen: ExitStatus[] = ["INVITED", "IN_PROGRESS"];

/** Gives the interview a new link (the old one stops working at once), and undoes a withdrawal of the link. */
export async function reissueInterviewLink(
  db: PrismaClient,
  { id, orgId, tokenHash, tokenExpiresAt }: { id: string; orgId: string; tokenHash: string; tokenExpiresAt: Date },
): Promise<boolean> {
  const { count } = await db.exitInterview.updateMany({
    where: { id, orgId, status: { in: stillOpen } },
    data: { tokenHash, tokenExpiresAt, linkWithdrawnAt: null },
  });
  return count === 1;
}

/** HR takes the link back: the employee is told it was withdrawn, and what they said stays. */
export async function withdrawInterviewLink(db: PrismaClient, { id, orgId }: { id: string; orgId: string }): Promise<boolean> {
  const { count } = await db.exitInterview.updateMany({
    where: { id, orgId, status: { in: stillOpen }, linkWithdrawnAt: null },
    data: { linkWithdrawnAt: new Date() },
  });
  return count === 1;
}

/** Why a link does not open its interview. */
export type LinkRefusal = "unknown" | "expired" | "link_withdrawn" | "completed" | "withdrawn";

const languageOf = (value: string): InterviewLanguage => interviewLanguages.find((l) => l === value) ?? "en";

/**
 * The interview behind a link, with what the employee has said so far, or why the link is refused. A
 * refusal carries the interview's language when the link was real, so the page explains it in that
 * language. The HR-entered names come along only to be masked before any text reaches a model.
 */
export async function openInterviewByTokenHash(db: PrismaClient, { tokenHash, now = new Date() }: { tokenHash: string; now?: Date }) {
  const row = await db.exitInterview.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      status: true,
      mode: true,
      language: true,
      tokenExpiresAt: true,
      linkWithdrawnAt: true,
      progress: true,
      employeeName: true,
      manager: true,
      organization: { select: { exitRetentionDays: true } },
      answers: { orderBy: { seq: "asc" }, select: { seq: true, questionKey: true, question: true, followUp: true, answer: true, skipped: true } },
    },
  });
  if (!row) return { ok: false as const, reason: "unknown" as LinkRefusal, language: null };
  const language = languageOf(row.language);
  const refusal: LinkRefusal | null =
    row.status === "WITHDRAWN"
      ? "withdrawn"
      : row.status === "COMPLETED"
        ? "completed"
        : row.linkWithdrawnAt
          ? "link_withdrawn"
          : row.tokenExpiresAt.getTime() <= now.getTime()
            ? "expired"
            : null;
  if (refusal) return { ok: false as const, reason: refusal, language };
  return {
    ok: true as const,
    interview: {
      id: row.id,
      status: row.status as "INVITED" | "IN_PROGRESS",
      mode: row.mode,
      language,
      retentionDays: row.organization.exitRetentionDays,
      progress: storedProgress.read(row.progress, row.id),
      knownNames: [row.employeeName, row.manager],
      answers: row.answers,
    },
  };
}

export type OpenedInterview = Extract<Awaited<ReturnType<typeof openInterviewByTokenHash>>, { ok: true }>["interview"];

/** The employee agrees to take part. True when the interview is (now) under way. */
export async function consentToInterview(db: PrismaClient, { id }: { id: string }): Promise<boolean> {
  await db.exitInterview.updateMany({ where: { id, status: "INVITED" }, data: { status: "IN_PROGRESS", consentedAt: new Date() } });
  return (await db.exitInterview.count({ where: { id, status: "IN_PROGRESS" } })) === 1;
}

/** One answer or skip, as the employee gave it, with the offline labels of an answer. */
export type Turn = {
  area: string;
  questionKey: string;
  question: string;
  followUp: boolean;
  secondsSpent: number | null;
} & ({ skipped: false; answer: string; labels: AnswerLabels } | { skipped: true });

/** Thrown inside a transaction to roll it back when its interview is not in the state it needs. */
class NothingToUpdate extends Error {}

/**
 * Saves a turn and the progress after it together, so a crash between the two cannot leave an
 * answer without the flow moving on, or the reverse. The turn is stored as number `afterTurns + 1`,
 * the turn the caller read: when another request (a second tab, a double click) recorded that turn
 * first, nothing is saved and the result is "stale".
 */
export async function recordTurn(
  db: PrismaClient,
  { id, tokenHash, afterTurns, turn, progress }: { id: string; tokenHash: string; afterTurns: number; turn: Turn; progress: Progress },
): Promise<"saved" | "stale"> {
  const labels = turn.skipped ? null : turn.labels;
  try {
    return await db.$transaction(async (tx) => {
      // The link is checked again as the turn is saved: one withdrawn, replaced or expired while the
      // follow-up was being worded saves nothing.
      const { count } = await tx.exitInterview.updateMany({
        where: { id, tokenHash, status: "IN_PROGRESS", linkWithdrawnAt: null, tokenExpiresAt: { gt: new Date() } },
        data: { progress: storedProgress.write(progress, id) },
      });
      if (count !== 1) throw new NothingToUpdate();
      await tx.exitAnswer.create({
        data: {
          interviewId: id,
          seq: afterTurns + 1,
          area: turn.area,
          questionKey: turn.questionKey,
          question: turn.question,
          followUp: turn.followUp,
          answer: turn.skipped ? null : turn.answer,
          skipped: turn.skipped,
          secondsSpent: turn.secondsSpent,
          sentiment: labels?.sentiment ?? null,
          intensity: labels?.intensity ?? null,
          themes: labels?.themes ?? [],
          vague: labels?.vague ?? false,
        },
      });
      return "saved" as const;
    });
  } catch (error) {
    if (error instanceof NothingToUpdate || isUniqueViolation(error)) return "stale";
    throw error;
  }
}

/** The employee finished (or the questions ran out): the summary is still to be written. */
export async function completeInterview(db: PrismaClient, { id }: { id: string }): Promise<boolean> {
  const { count } = await db.exitInterview.updateMany({
    where: { id, status: "IN_PROGRESS" },
    data: { status: "COMPLETED", completedAt: new Date(), summaryStatus: "pending" },
  });
  return count === 1;
}

/**
 * The employee withdraws consent: every answer is deleted and everything derived from them cleared,
 * in one transaction. Only the row with what HR entered remains, marked WITHDRAWN.
 */
export async function withdrawConsent(db: PrismaClient, { id }: { id: string }): Promise<boolean> {
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.exitInterview.updateMany({
        where: { id, status: { in: stillOpen } },
        data: {
          status: "WITHDRAWN",
          withdrawnAt: new Date(),
          progress: storedProgress.write(startingProgress, id),
          summary: Prisma.DbNull,
          summaryStatus: null,
          sentiment: null,
          themes: [],
        },
      });
      if (count !== 1) throw new NothingToUpdate();
      await tx.exitAnswer.deleteMany({ where: { interviewId: id } });
      return true;
    });
  } catch (error) {
    if (error instanceof NothingToUpdate) return false;
    throw error;
  }
}
