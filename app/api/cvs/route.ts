import { cvUploadLimits, readCvUpload } from "@/lib/cv/read-upload";
import { getDb } from "@/lib/db/client";
import { createCv } from "@/lib/db/queries/cvs";
import { authedRoute } from "@/lib/security/authed-route";
import { clientAddressOf } from "@/lib/security/client-ip";
import { consumeUserAndAddress } from "@/lib/security/rate-limit";

/** Uploads a CV: checks size and real type, reads its text, parses a profile, and saves all in one insert. */
export const POST = authedRoute(async (request, user) => {
  await consumeUserAndAddress("upload", user.id, clientAddressOf(request.headers));
  const { name, fileName, bytes, read } = await readCvUpload(request, { userId: user.id });
  const saved = await createCv(await getDb(), { userId: user.id, name, fileName, file: bytes, read });
  if (saved.duplicateOf) return Response.json({ id: saved.duplicateOf.id, duplicateOf: saved.duplicateOf.name }, { status: 200 });
  return Response.json({ id: saved.id }, { status: 201 });
}, cvUploadLimits());
