import type { JobAnalysis } from "@/lib/jobs/analyze";
import { storedAnalysis } from "@/lib/db/stored-shapes";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// Job postings belong to the job seeker who saved them; every query takes the owner.

export function createJobPosting(
  db: PrismaClient,
  { userId, text, analysis, sourceFileName }: { userId: string; text: string; analysis: JobAnalysis; sourceFileName: string | null },
) {
  return db.jobPosting.create({
    data: { userId, text, analysis: storedAnalysis.write(analysis), title: analysis.title, company: analysis.company, sourceFileName },
    select: { id: true },
  });
}

export function listJobPostingsByUserId(db: PrismaClient, { userId }: { userId: string }) {
  return db.jobPosting
    .findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: { id: true, title: true, company: true, analysis: true, createdAt: true } })
    .then((rows) => rows.map((r) => ({ ...r, analysis: storedAnalysis.read(r.analysis, r.id) })));
}

export async function getJobPostingForUser(db: PrismaClient, { id, userId }: { id: string; userId: string }) {
  const row = await db.jobPosting.findFirst({ where: { id, userId } });
  return row ? { ...row, analysis: storedAnalysis.read(row.analysis, row.id) } : null;
}

/**
 * Deletes a posting, and with it every posting the user had read that is still stored (lib/files/
 * parse-once.ts): an uploaded file is stored under its bytes, which the posting does not keep, so
 * they cannot be told apart. Reading them again later costs only time.
 */
export async function deleteJobPostingForUser(db: PrismaClient, { id, userId }: { id: string; userId: string }) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.jobPosting.deleteMany({ where: { id, userId } });
    if (count === 1) await tx.parsedContent.deleteMany({ where: { userId, task: { in: ["postingFile", "postingText"] } } });
    return count === 1;
  });
}

export async function updateJobAnalysisForUser(db: Prisma.TransactionClient, { id, userId, analysis }: { id: string; userId: string; analysis: JobAnalysis }) {
  const { count } = await db.jobPosting.updateMany({
    where: { id, userId },
    data: { analysis: storedAnalysis.write(analysis, id), title: analysis.title, company: analysis.company },
  });
  return count === 1;
}
