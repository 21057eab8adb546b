import { apiRoute } from "@/lib/api/key-route";
import { jsonBody, json } from "@/lib/api/request";
import { fitRequest } from "@/lib/api/schemas";
import { getDb } from "@/lib/db/client";
import { findOrCreateApplication, getApplicationForUser } from "@/lib/db/queries/applications";
import { getCvForUser } from "@/lib/db/queries/cvs";
import { getJobPostingForUser } from "@/lib/db/queries/jobs";
import { AppError } from "@/lib/errors";
import { computeFit } from "@/lib/fit/fit";
import { proposeTailoring } from "@/lib/tailor/propose";

/**
 * Scores one of the owner's CVs against one of their postings, as putting a CV forward in the app
 * does: the application is made once (with its fit and proposed tailoring) and its stored fit returned.
 */
export const POST = apiRoute({ scope: "fit" }, async (request, { user }) => {
  const { cvId, postingId } = await jsonBody(request, fitRequest);
  const db = await getDb();
  const [cv, job] = await Promise.all([getCvForUser(db, { id: cvId, userId: user.id }), getJobPostingForUser(db, { id: postingId, userId: user.id })]);
  if (!cv) throw new AppError("not_found:cv");
  if (!job) throw new AppError("not_found:job");
  const created = await findOrCreateApplication(db, {
    userId: user.id,
    cvId,
    jobId: postingId,
    fit: computeFit(cv.profile, job.analysis),
    tailoring: proposeTailoring(cv.profile, job.analysis),
  });
  const application = created ? await getApplicationForUser(db, { id: created.id, userId: user.id }) : null;
  if (!application) throw new AppError("not_found:application");
  return json({ applicationId: application.id, fit: application.fit });
});
