"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { getDb } from "@/lib/db/client";
import { idSchema } from "@/lib/db/ids";
import { deleteCandidateCvForOrg } from "@/lib/db/queries/candidate-cvs";
import { AppError } from "@/lib/errors";
import { authedAction } from "@/lib/security/authed-action";

/** Deletes a candidate's CV of the caller's organisation; any of its HR or admins may. */
export const deleteCandidateCv = authedAction(
  z.object({ id: idSchema }),
  async ({ id }, user) => {
    const orgId = user.organizationId;
    if (!orgId) throw new AppError("forbidden:auth", "Candidate CVs belong to an organisation, and your account is not in one.");
    if (!(await deleteCandidateCvForOrg(await getDb(), { id, orgId }))) {
      throw new AppError("not_found:cv", "This candidate's CV does not exist or is not your organisation's.");
    }
    await audit({ action: "cv.candidate_deleted", actorId: user.id, actorEmail: user.email, orgId, targetType: "cv", targetId: id });
    revalidatePath("/chat/candidates");
    return { deleted: true };
  },
  { roles: ["HR", "ADMIN"] },
);
