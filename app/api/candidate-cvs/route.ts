import { audit } from "@/lib/audit";
import { cvUploadLimits, readCvUpload } from "@/lib/cv/read-upload";
import { getDb } from "@/lib/db/client";
import { createCv } from "@/lib/db/queries/cvs";
import { AppError } from "@/lib/errors";
import { authedRoute } from "@/lib/security/authed-route";
import { clientAddressOf } from "@/lib/security/client-ip";
import { consumeUserAndAddress } from "@/lib/security/rate-limit";

/**
 * Uploads a candidate's CV into the HR user's organisation, with the same checks and parser as a job
 * seeker's own CV. The organisation's HR and admins see it; the uploader's own CVs do not list it.
 */
export const POST = authedRoute(
  async (request, user) => {
    const orgId = user.organizationId;
    if (!orgId) throw new AppError("forbidden:auth", "Candidate CVs belong to an organisation, and your account is not in one.");
    const address = clientAddressOf(request.headers);
    await consumeUserAndAddress("upload", user.id, address);
    const { name, fileName, bytes, read } = await readCvUpload(request, { userId: user.id });
    const saved = await createCv(await getDb(), { userId: user.id, orgId, name, fileName, file: bytes, read });
    if (saved.duplicateOf) return Response.json({ id: saved.duplicateOf.id, duplicateOf: saved.duplicateOf.name }, { status: 200 });
    // The record names the CV by id only: a candidate's name and CV text stay out of the log.
    await audit({ action: "cv.candidate_uploaded", actorId: user.id, actorEmail: user.email, orgId, targetType: "cv", targetId: saved.id!, ip: address });
    return Response.json({ id: saved.id }, { status: 201 });
  },
  { roles: ["HR", "ADMIN"], ...cvUploadLimits() },
);
