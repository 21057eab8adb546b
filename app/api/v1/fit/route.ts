import { apiRoute } from "@/lib/api/key-route";
import { jsonBody, json } from "@/lib/api/request";
import { fitRequest } from "@/lib/api/schemas";
import { getDb } from "@/lib/db/client";
import { getApplicationForUser } from "@/lib/db/queries/applications";
import { AppError } from "@/lib/errors";
import { startApplicationFor } from "@/lib/tailor/start-application";

/**
 * Scores one of the owner's CVs against one of their postings, as putting a CV forward in the app
 * does: the application is made once (with its fit and proposed tailoring) and its stored fit returned.
 */
export const POST = apiRoute({ scope: "fit" }, async (request, { user }) => {
  const { cvId, postingId } = await jsonBody(request, fitRequest);
  const db = await getDb();
  const id = await startApplicationFor(db, { userId: user.id, cvId, jobId: postingId });
  const application = await getApplicationForUser(db, { id, userId: user.id });
  if (!application) throw new AppError("not_found:application");
  return json({ applicationId: application.id, fit: application.fit });
});
