import { toCv } from "@/lib/api/cv-view";
import { apiRoute } from "@/lib/api/key-route";
import { idOf, json } from "@/lib/api/request";
import { idParam } from "@/lib/api/schemas";
import { getDb } from "@/lib/db/client";
import { getCvForUser } from "@/lib/db/queries/cvs";
import { AppError } from "@/lib/errors";

/** One of the key owner's CVs with its parsed profile. */
export const GET = apiRoute({ scope: "cvs" }, async (_request, { user }, context) => {
  const cv = await getCvForUser(await getDb(), { id: await idOf(context, idParam), userId: user.id });
  if (!cv) throw new AppError("not_found:cv");
  return json(toCv(cv, false));
});
