import { storedAnalysis, storedFit, storedProfile, storedTailoring } from "@/lib/db/stored-shapes";
import type { Fit } from "@/lib/fit/fit";
import type { Tailoring } from "@/lib/tailor/types";
import type { ApplicationStatus, Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// Applications belong to the job seeker; the CV and the job they join must be theirs too.

/** The application for this CV and job, created with its fit and tailoring if there is none yet. */
export async function findOrCreateApplication(
  db: PrismaClient,
  { userId, cvId, jobId, fit, tailoring }: { userId: string; cvId: string; jobId: string; fit: Fit; tailoring: Tailoring },
) {
  const [cv, job] = await Promise.all([db.cv.count({ where: { id: cvId, userId, orgId: null } }), db.jobPosting.count({ where: { id: jobId, userId } })]);
  if (!cv || !job) return null;
  return db.application.upsert({
    where: { cvId_jobId: { cvId, jobId } },
    create: { userId, cvId, jobId, fit: storedFit.write(fit), tailoring: storedTailoring.write(tailoring) },
    update: {},
    select: { id: true },
  });
}

export async function getApplicationForUser(db: PrismaClient, { id, userId }: { id: string; userId: string }) {
  const row = await db.application.findFirst({
    where: { id, userId },
    include: { cv: { select: { id: true, name: true, text: true, profile: true } }, job: { select: { id: true, title: true, company: true, analysis: true } } },
  });
  if (!row) return null;
  return {
    ...row,
    fit: storedFit.read(row.fit, row.id),
    tailoring: storedTailoring.read(row.tailoring, row.id),
    cv: { ...row.cv, profile: storedProfile.read(row.cv.profile, row.cv.id) },
    job: { ...row.job, analysis: storedAnalysis.read(row.job.analysis, row.job.id) },
  };
}

export function listApplicationsByUserId(db: PrismaClient, { userId }: { userId: string }) {
  return db.application
    .findMany({
      where: { userId },
      orderBy: { updatedAt: "desc" },
      select: { id: true, status: true, fit: true, updatedAt: true, cv: { select: { name: true } }, job: { select: { title: true, company: true } } },
    })
    .then((rows) => rows.map((r) => ({ ...r, score: storedFit.read(r.fit, r.id).score })));
}

export async function updateApplicationForUser(
  db: PrismaClient,
  { id, userId, data }: { id: string; userId: string; data: { status?: ApplicationStatus; tailoring?: Tailoring; fit?: Fit; coverLetter?: string | null } },
) {
  const { count } = await db.application.updateMany({
    where: { id, userId },
    data: {
      status: data.status,
      coverLetter: data.coverLetter,
      tailoring: data.tailoring ? storedTailoring.write(data.tailoring, id) : undefined,
      fit: data.fit ? storedFit.write(data.fit, id) : undefined,
    },
  });
  return count === 1;
}

export async function deleteApplicationForUser(db: PrismaClient, { id, userId }: { id: string; userId: string }) {
  const { count } = await db.application.deleteMany({ where: { id, userId } });
  return count === 1;
}

/** The applications joining one CV, or one job, of the user. */
export type ApplicationScope = { userId: string } & ({ cvId: string; jobId?: never } | { jobId: string; cvId?: never });

/**
 * The profile and posting analysis behind each application in the scope, for scoring them again. The
 * rows are locked first, until the transaction ends: a second scoring of the same applications waits,
 * then reads what the first committed, so the fit written last is computed from the newest CV and posting.
 */
export async function lockApplicationsForScoring(tx: Prisma.TransactionClient, scope: ApplicationScope) {
  // Prisma has no SELECT … FOR UPDATE; an update of the rows takes the same lock (the fits written next bump updatedAt anyway).
  await tx.application.updateMany({ where: scope, data: { updatedAt: new Date() } });
  const rows = await tx.application.findMany({
    where: scope,
    select: { id: true, cv: { select: { id: true, profile: true } }, job: { select: { id: true, analysis: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    profile: storedProfile.read(row.cv.profile, row.cv.id),
    analysis: storedAnalysis.read(row.job.analysis, row.job.id),
  }));
}

export async function saveApplicationFit(tx: Prisma.TransactionClient, { id, fit }: { id: string; fit: Fit }) {
  await tx.application.update({ where: { id }, data: { fit: storedFit.write(fit, id) } });
}
