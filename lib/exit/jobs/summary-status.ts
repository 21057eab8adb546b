import type { PrismaClient } from "@/lib/generated/prisma/client";

// The summary's progress as HR sees it: pending while the job waits or runs, then done or failed.

/** Only a completed interview, not yet purged, gets a summary. */
const summarisable = { status: "COMPLETED", purgedAt: null } as const;

/** The last attempt threw: HR sees the summary failed, unless an earlier run had already written one. */
export async function markSummaryFailed(db: PrismaClient, interviewId: string): Promise<void> {
  await db.exitInterview.updateMany({
    where: { id: interviewId, ...summarisable, OR: [{ summaryStatus: null }, { summaryStatus: { not: "done" } }] },
    data: { summaryStatus: "failed" },
  });
}

const RESUME_BATCH = 500;

/** Queues again the summaries still waiting (or never queued), oldest first; returns how many. */
export async function resumePendingSummaries(db: PrismaClient, send: (interviewId: string) => Promise<void>): Promise<number> {
  const waiting = await db.exitInterview.findMany({
    where: { ...summarisable, OR: [{ summaryStatus: null }, { summaryStatus: "pending" }] },
    orderBy: { completedAt: "asc" },
    select: { id: true },
    take: RESUME_BATCH,
  });
  for (const { id } of waiting) await send(id);
  return waiting.length;
}
