"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { createEditedVersion, deleteGenerationByIdForUser } from "@/lib/db/queries/generations";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { authedAction } from "@/lib/security/authed-action";

const idSchema = z.string().min(1).max(40).regex(/^[a-z0-9]+$/);

export const deleteGeneration = authedAction(z.object({ id: idSchema }), async ({ id }, user) => {
  if (!(await deleteGenerationByIdForUser(await getDb(), { id, userId: user.id }))) throw new AppError("not_found:generation");
  await audit({ action: "document.deleted", actorId: user.id, actorEmail: user.email, orgId: user.organizationId, targetType: "generation", targetId: id });
  redirect("/history");
});

/** Saves the user's edit as a new version; the version it came from stays as it was. */
export const saveEditedVersion = authedAction(
  z.object({ parentId: idSchema, output: z.string().trim().min(1, "The document is empty").max(100_000, "The document is too long to save") }),
  async ({ parentId, output }, user) => {
    const created = await createEditedVersion(await getDb(), { parentId, userId: user.id, output });
    if (!created) throw new AppError("not_found:generation");
    return { id: created.id };
  },
);
