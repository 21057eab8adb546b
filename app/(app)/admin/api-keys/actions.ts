"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { getDb } from "@/lib/db/client";
import { revokeApiKeyInOrganization } from "@/lib/db/queries/api-keys";
import { idSchema } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { authedAction } from "@/lib/security/authed-action";

/** An organisation admin revokes a key made by one of the organisation's members. */
export const revokeOrganizationApiKey = authedAction(
  z.object({ id: idSchema }),
  async ({ id }, user) => {
    if (!user.organizationId) throw new AppError("forbidden:auth");
    if (!(await revokeApiKeyInOrganization(await getDb(), { id, organizationId: user.organizationId })))
      throw new AppError("not_found:api", "This key is not your organisation's or is already revoked.");
    await audit({ action: "api_key.revoked", actorId: user.id, actorEmail: user.email, orgId: user.organizationId, targetType: "api_key", targetId: id });
    revalidatePath("/admin/api-keys");
    return { revoked: true };
  },
  { roles: ["ADMIN"] },
);
