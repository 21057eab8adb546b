import type { Profile } from "@/lib/cv/profile";
import { computeFit, type Fit } from "@/lib/fit/fit";
import type { JobAnalysis } from "@/lib/jobs/analyze";
import type { Tailoring } from "@/lib/tailor/types";
import type { ApplicationStatus, Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// Applications belong to the job seeker; the CV and the job they join must be theirs too.

const json = (value: unknown) => value as Prisma.InputJsonValue;

/** The application for this CV and job, created with its fit and tailoring if there is none yet. */
export async function findOrCreateApplication(db: PrismaClient, { userId, cvId, jobId, fit, tailoring }: { userId: string; cvId: string; jobId: string; fit: Fit; tailoring: Tailoring }) {
  const [cv, job] = await Promise.all([db.cv.count({ where: { id: cvId, userId } }), db.jobPosting.count({ where: { id: jobId, userId } })]);
  if (!cv || !job) return null;
  return db.application.upsert({
    where: { cvId_jobId: { cvId, jobId } },
    create: { userId, cvId, jobId, fit: json(fit), tailoring: json(tailoring) },
    update: {},
    select: { id: true },
  });
}

export async function getApplicationForUser(db: PrismaClient, { id, userId }: { id: string; userId: string }) {
  const row = await db.application.findFirst({
    where: { id, userId },
    include: { cv: { select: { id: true, name: true, text: true, profile: true } }, job: { select: { id: true, title: true, company: true, analysis: true } } },
  });
  return row ? { ...row, fit: row.fit as unknown as Fit, tailoring: row.tailoring as unknown as Tailoring } : null;
}

export function listApplicationsByUserId(db: PrismaClient, { userId }: { userId: string }) {
  return db.application.findMany({
    where: { userId },
    orderBy: { updatedAt: "desc" },
    select: { id: true, status: true, fit: true, updatedAt: true, cv: { select: { name: true } }, job: { select: { title: true, company: true } } },
  }).then((rows) => rows.map((r) => ({ ...r, score: (r.fit as unknown as Fit).score })));
}

export async function updateApplicationForUser(
  db: PrismaClient,
  { id, userId, data }: { id: string; userId: string; data: { status?: ApplicationStatus; tailoring?: Tailoring; fit?: Fit; coverLetter?: string | null } },
) {
  const { count } = await db.application.updateMany({
    where: { id, userId },
    data: { status: data.status, coverLetter: data.coverLetter, tailoring: data.tailoring ? json(data.tailoring) : undefined, fit: data.fit ? json(data.fit) : undefined },
  });
  return count === 1;
}

export async function deleteApplicationForUser(db: PrismaClient, { id, userId }: { id: string; userId: string }) {
  const { count } = await db.application.deleteMany({ where: { id, userId } });
  return count === 1;
}

/** Scores again the applications of a CV or a job whose content changed, so the fit shown stays true. */
export async function refreshApplicationFits(db: PrismaClient, { userId, cvId, jobId }: { userId: string; cvId?: string; jobId?: string }) {
  const rows = await db.application.findMany({
    where: { userId, ...(cvId ? { cvId } : {}), ...(jobId ? { jobId } : {}) },
    select: { id: true, cv: { select: { profile: true } }, job: { select: { analysis: true } } },
  });
  for (const row of rows) {
    const fit = computeFit(row.cv.profile as unknown as Profile, row.job.analysis as unknown as JobAnalysis);
    await db.application.update({ where: { id: row.id }, data: { fit: json(fit) } });
  }
  return rows.length;
}
