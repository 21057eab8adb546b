import "server-only";
import { findOrCreateApplication } from "@/lib/db/queries/applications";
import { getCvForUser } from "@/lib/db/queries/cvs";
import { getJobPostingForUser } from "@/lib/db/queries/jobs";
import { AppError } from "@/lib/errors";
import { computeFit } from "@/lib/fit/fit";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { proposeTailoring } from "@/lib/tailor/propose";

/**
 * Puts one of a user's CVs forward for one of their postings: scores the fit and proposes the
 * tailoring, once per pair (the existing application when there is one). Returns its id.
 */
export async function startApplicationFor(db: PrismaClient, { userId, cvId, jobId }: { userId: string; cvId: string; jobId: string }): Promise<string> {
  const [cv, job] = await Promise.all([getCvForUser(db, { id: cvId, userId }), getJobPostingForUser(db, { id: jobId, userId })]);
  if (!cv) throw new AppError("not_found:cv");
  if (!job) throw new AppError("not_found:job");
  const created = await findOrCreateApplication(db, {
    userId,
    cvId,
    jobId,
    fit: computeFit(cv.profile, job.analysis),
    tailoring: proposeTailoring(cv.profile, job.analysis),
  });
  if (!created) throw new AppError("not_found:application");
  return created.id;
}
