"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { apiKeyNameSchema, apiScopesSchema, newApiKey } from "@/lib/api/keys";
import { audit } from "@/lib/audit";
import { getDb } from "@/lib/db/client";
import { countLiveApiKeysForUser, createApiKey as saveApiKey, revokeApiKeyForUser } from "@/lib/db/queries/api-keys";
import { idSchema } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { authedAction } from "@/lib/security/authed-action";

/** More live keys than any set of integrations needs; a bound on what a stolen session can make. */
const maxLiveKeys = 50;

/** Makes a key for the REST API. The key itself is returned this once; only its hash is kept. */
export const createApiKey = authedAction(z.object({ name: apiKeyNameSchema, scopes: apiScopesSchema }), async ({ name, scopes }, user) => {
  const db = await getDb();
  if ((await countLiveApiKeysForUser(db, { userId: user.id })) >= maxLiveKeys)
    throw new AppError("conflict:api", `You have ${maxLiveKeys} live API keys. Revoke one you no longer use, then create a new one.`);
  const { key, prefix, secretHash } = newApiKey();
  const saved = await saveApiKey(db, {
    userId: user.id,
    organizationId: user.organizationId,
    name,
    prefix,
    secretHash,
    scopes: [...new Set(scopes)],
  });
  await audit({
    action: "api_key.created",
    actorId: user.id,
    actorEmail: user.email,
    orgId: user.organizationId,
    targetType: "api_key",
    targetId: saved.id,
    detail: prefix,
  });
  revalidatePath("/account");
  return { id: saved.id, key };
});

/** Revokes one of the user's keys: requests with it are refused from now on. */
export const revokeApiKey = authedAction(z.object({ id: idSchema }), async ({ id }, user) => {
  if (!(await revokeApiKeyForUser(await getDb(), { id, userId: user.id }))) throw new AppError("not_found:api", "This key is not yours or is already revoked.");
  await audit({ action: "api_key.revoked", actorId: user.id, actorEmail: user.email, orgId: user.organizationId, targetType: "api_key", targetId: id });
  revalidatePath("/account");
  return { revoked: true };
});
