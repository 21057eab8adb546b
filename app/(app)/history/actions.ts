"use server";

import { after } from "next/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { idSchema } from "@/lib/db/ids";
import { createEditedVersion, deleteGenerationInScope } from "@/lib/db/queries/generations";
import { documentScopeOf, mayDeleteAnyInScope } from "@/lib/auth/document-scope";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { recordDocumentEdit } from "@/lib/feedback/record-edit";
import { logger } from "@/lib/logger";
import { authedAction } from "@/lib/security/authed-action";
import { boundedText, textLimits } from "@/lib/security/text-limits";

export const deleteGeneration = authedAction(z.object({ id: idSchema }), async ({ id }, user) => {
  const deleted = await deleteGenerationInScope(await getDb(), { id, scope: documentScopeOf(user), authorId: mayDeleteAnyInScope(user) ? undefined : user.id });
  if (!deleted) throw new AppError("not_found:generation", "This document is not there, or only its author or an admin may delete it.");
  await audit({ action: "document.deleted", actorId: user.id, actorEmail: user.email, orgId: user.organizationId, targetType: "generation", targetId: id });
  redirect("/history");
});

/** Saves the user's edit as a new version; the version it came from stays as it was. */
export const saveEditedVersion = authedAction(
  z.object({ parentId: idSchema, output: boundedText(textLimits.document, "Documents", "Split it into shorter documents.").min(1, "The document is empty") }),
  async ({ parentId, output }, user) => {
    const created = await createEditedVersion(await getDb(), { parentId, scope: documentScopeOf(user), userId: user.id, output });
    if (!created) throw new AppError("not_found:generation");
    // How much of the written text was kept is measured after the response, never in its way.
    after(() =>
      getDb()
        .then((db) => recordDocumentEdit(db, { versionId: created.id }))
        .catch((error: unknown) => logger.warn({ kind: (error as Error)?.name, versionId: created.id }, "edit distance not recorded")),
    );
    return { id: created.id };
  },
);
