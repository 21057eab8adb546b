import { toCv } from "@/lib/api/cv-view";
import { apiRoute } from "@/lib/api/key-route";
import { json } from "@/lib/api/request";
import { cvUploadLimits, readCvUpload } from "@/lib/cv/read-upload";
import { getDb } from "@/lib/db/client";
import { createCv, getCvForUser } from "@/lib/db/queries/cvs";
import { AppError } from "@/lib/errors";
import { clientAddressOf } from "@/lib/security/client-ip";
import { consumeUserAndAddress } from "@/lib/security/rate-limit";

/** Uploads a CV (multipart `file`, optional `name`), reads and parses it as the app does, and answers with its profile. */
export const POST = apiRoute({ scope: "cvs", ...cvUploadLimits() }, async (request, { user }) => {
  await consumeUserAndAddress("upload", user.id, clientAddressOf(request.headers));
  const { name, fileName, bytes, read } = await readCvUpload(request, { userId: user.id });
  const db = await getDb();
  const saved = await createCv(db, { userId: user.id, name, fileName, file: bytes, read });
  const id = saved.duplicateOf?.id ?? saved.id;
  const cv = id ? await getCvForUser(db, { id, userId: user.id }) : null;
  if (!cv) throw new AppError("not_found:cv");
  return json(toCv(cv, saved.duplicateOf !== null), saved.duplicateOf ? 200 : 201);
});
