import { recordAuditEvent, type AuditAction } from "@/lib/db/queries/audit";
import type { InterviewSummary } from "@/lib/exit/analysis/summary-schema";
import { startingProgress, storedProgress } from "@/lib/exit/interview/progress";
import { StoredShapeError } from "@/lib/db/stored-json";
import { storedSummary } from "@/lib/exit/jobs/stored-summary";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

// Retention: once an interview is older than its organisation allows, its words are deleted and only
// its labels remain (per-answer area, sentiment, themes, time spent; the summary's structured labels),
// so the dashboard's aggregates still count it. Each organisation's purge is audited, without names.

export const PURGED_NAME = "(deleted)";
export const RETENTION_PURGE_ACTION = "exit.transcripts_purged" satisfies AuditAction;

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 200;

/**
 * Interviews kept past `cutoff`, counted from when they ended: completed or withdrawn. One never
 * finished counts from the later of its last day and its creation, so an interview created for a
 * leaver long gone is not purged before the employee had a chance to answer.
 */
export function expiredBefore(cutoff: Date): Prisma.ExitInterviewWhereInput {
  return {
    purgedAt: null,
    OR: [
      { completedAt: { lt: cutoff } },
      { completedAt: null, withdrawnAt: { lt: cutoff } },
      { completedAt: null, withdrawnAt: null, createdAt: { lt: cutoff }, OR: [{ lastDay: null }, { lastDay: { lt: cutoff } }] },
    ],
  };
}

/** The summary's labels without a word the employee said. */
export function summaryLabels(summary: InterviewSummary): InterviewSummary {
  return {
    ...summary,
    reasons: summary.reasons.map((reason) => ({ text: "", themes: reason.themes })),
    wouldHaveStayedIf: null,
    managementFeedback: [],
    suggestions: [],
    escalations: summary.escalations.map((escalation) => ({ theme: escalation.theme, text: "" })),
    quotes: [],
  };
}

type Tx = Prisma.TransactionClient;

/** The stored summary reduced to its labels; one that no longer reads as a summary is deleted whole. */
function purgedSummary(raw: Prisma.JsonValue, rowId: string): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (raw === null) return Prisma.DbNull;
  try {
    return storedSummary.write(summaryLabels(storedSummary.read(raw, rowId)), rowId);
  } catch (error) {
    if (error instanceof StoredShapeError) return Prisma.DbNull;
    throw error;
  }
}

async function purgeBatch(tx: Tx, ids: string[], now: Date): Promise<void> {
  await tx.exitAnswer.updateMany({ where: { interviewId: { in: ids } }, data: { answer: null, question: null } });
  const rows = await tx.exitInterview.findMany({ where: { id: { in: ids } }, select: { id: true, summary: true, tokenExpiresAt: true } });
  for (const row of rows) {
    await tx.exitInterview.update({
      where: { id: row.id },
      data: {
        employeeName: PURGED_NAME,
        employeeEmail: "",
        // The manager is a person too, and with the role and dates would say whose interview it was.
        manager: PURGED_NAME,
        // The flow's saved state may hold words being typed; with it gone the link must not reopen the interview.
        progress: storedProgress.write(startingProgress, row.id),
        tokenExpiresAt: row.tokenExpiresAt < now ? row.tokenExpiresAt : now,
        summary: purgedSummary(row.summary, row.id),
        purgedAt: now,
      },
    });
  }
}

/**
 * Purges one organisation's expired interviews and audits it, in one transaction so the audit event
 * and the deletion it records stand or fall together. Returns how many were purged.
 */
function purgeOrganisation(db: PrismaClient, org: { id: string; exitRetentionDays: number }, now: Date): Promise<number> {
  const where = { orgId: org.id, ...expiredBefore(new Date(now.getTime() - org.exitRetentionDays * DAY_MS)) };
  return db.$transaction(
    async (tx) => {
      let purged = 0;
      for (;;) {
        const batch = await tx.exitInterview.findMany({ where, select: { id: true }, take: BATCH });
        if (!batch.length) break;
        await purgeBatch(
          tx,
          batch.map((row) => row.id),
          now,
        );
        purged += batch.length;
      }
      if (purged) {
        // Only the count: who the interviews were about is exactly what was just deleted.
        const detail = `${purged} exit interview transcript(s) deleted after ${org.exitRetentionDays} days`;
        await recordAuditEvent(tx, { action: RETENTION_PURGE_ACTION, orgId: org.id, targetType: "organization", targetId: org.id, detail });
      }
      return purged;
    },
    { timeout: 5 * 60_000 },
  );
}

/** The retention job: every organisation's expired transcripts deleted. Running it again finds nothing more. */
export async function purgeExpiredTranscripts(db: PrismaClient, now: Date): Promise<{ orgId: string; purged: number }[]> {
  const orgs = await db.organization.findMany({ select: { id: true, exitRetentionDays: true }, orderBy: { createdAt: "asc" } });
  const results: { orgId: string; purged: number }[] = [];
  for (const org of orgs) {
    const purged = await purgeOrganisation(db, org, now);
    if (purged) results.push({ orgId: org.id, purged });
  }
  return results;
}
