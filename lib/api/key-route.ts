import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { findLiveApiKey, recordApiKeyUse } from "@/lib/db/queries/api-keys";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/client";
import { credentialRoute, type RouteContext } from "@/lib/security/authed-route";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { parseApiKey, secretMatches } from "@/lib/api/keys";
import type { ApiScope } from "@/lib/api/scopes";

export type ApiCaller = { user: SessionUser; keyId: string };
type ApiRouteOptions = { scope: ApiScope; roles?: readonly Role[]; maxBodyBytes?: number; tooLargeMessage?: () => string };

const noKey = () => new AppError("unauthorized:api", "Send a live API key as `Authorization: Bearer <key>`. Keys are made on your account page.");

function bearerOf(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (!header || header.length > 200) return null;
  const [scheme, value] = header.split(" ");
  return scheme?.toLowerCase() === "bearer" && value ? value.trim() : null;
}

/**
 * Who an API request acts for: the key's owner as they are now (role and organisation read fresh), when
 * the key is live, holds `scope`, and has requests left this minute. Each accepted request counts as a use.
 */
async function identify(request: Request, { scope, roles }: ApiRouteOptions): Promise<ApiCaller> {
  const presented = bearerOf(request);
  const parsed = presented ? parseApiKey(presented) : null;
  if (!parsed) throw noKey();
  const db = await getDb();
  const key = await findLiveApiKey(db, { prefix: parsed.prefix });
  if (!key || !secretMatches(parsed.secret, key.secretHash)) throw noKey();
  if (!key.scopes.includes(scope))
    throw new AppError("forbidden:api", `This key does not have the "${scope}" scope. Make a key that has it on your account page.`);
  if (roles && !roles.includes(key.user.role)) throw new AppError("forbidden:api", "The account that owns this key cannot do this.");
  await consumeRateLimit("api-key", key.id);
  await recordApiKeyUse(db, { id: key.id });
  return { user: key.user, keyId: key.id };
}

/** The only way to build a /api/v1 route handler: the shared route guards, then the key, its scope and its rate limit. */
export function apiRoute(options: ApiRouteOptions, handler: (request: Request, caller: ApiCaller, context: RouteContext) => Promise<Response>) {
  return credentialRoute((request) => identify(request, options), handler, { maxBodyBytes: options.maxBodyBytes, tooLargeMessage: options.tooLargeMessage });
}
