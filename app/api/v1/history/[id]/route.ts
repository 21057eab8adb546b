import { toDocument } from "@/lib/api/document-view";
import { apiRoute } from "@/lib/api/key-route";
import { idOf, json } from "@/lib/api/request";
import { idParam } from "@/lib/api/schemas";
import { audit } from "@/lib/audit";
import { documentScopeOf, mayDeleteAnyInScope } from "@/lib/auth/document-scope";
import { getDb } from "@/lib/db/client";
import { deleteGenerationInScope, getGenerationInScope } from "@/lib/db/queries/generations";
import { AppError } from "@/lib/errors";

export const GET = apiRoute({ scope: "history" }, async (_request, { user }, context) => {
  const row = await getGenerationInScope(await getDb(), { id: await idOf(context, idParam), scope: documentScopeOf(user) });
  if (!row) throw new AppError("not_found:generation");
  return json(toDocument(row));
});

/** Deletes a document: its author's own, or any in the organisation for an admin (as in the app). */
export const DELETE = apiRoute({ scope: "history" }, async (_request, { user }, context) => {
  const id = await idOf(context, idParam);
  const deleted = await deleteGenerationInScope(await getDb(), { id, scope: documentScopeOf(user), authorId: mayDeleteAnyInScope(user) ? undefined : user.id });
  if (!deleted) throw new AppError("not_found:generation", "This document is not there, or only its author or an admin may delete it.");
  await audit({ action: "document.deleted", actorId: user.id, actorEmail: user.email, orgId: user.organizationId, targetType: "generation", targetId: id });
  return json({ id, deleted: true });
});
