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

export async function deleteJobPostingForUser(db: PrismaClient, { id, userId }: { id: string; userId: string }) {
  const { count } = await db.jobPosting.deleteMany({ where: { id, userId } });
  return count === 1;
}

export async function updateJobAnalysisForUser(db: Prisma.TransactionClient, { id, userId, analysis }: { id: string; userId: string; analysis: JobAnalysis }) {
  const { count } = await db.jobPosting.updateMany({
    where: { id, userId },
    data: { analysis: storedAnalysis.write(analysis, id), title: analysis.title, company: analysis.company },
  });
  return count === 1;
}
