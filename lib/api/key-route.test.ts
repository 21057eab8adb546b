import { beforeAll, describe, expect, it, vi } from "vitest";
import { appWithHrAndCandidate } from "@/lib/auth/testing/signed-in";
import { newApiKey, parseApiKey } from "@/lib/api/keys";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// The key is checked against the app's own database (a migrated in-memory PGlite) by the app's code;
// only the framework's request context is replaced.
vi.mock("next/headers", () => import("@/lib/auth/testing/next-headers"));

let db: PrismaClient;
let apiRoute: typeof import("@/lib/api/key-route").apiRoute;
let queries: typeof import("@/lib/db/queries/api-keys");
const context = { params: Promise.resolve({}) };

beforeAll(async () => {
  process.env.RATE_LIMIT_API_KEY_PER_MINUTE = "2";
  ({ db } = await appWithHrAndCandidate());
  ({ apiRoute } = await import("@/lib/api/key-route"));
  queries = await import("@/lib/db/queries/api-keys");
});

async function keyFor(email: string, scopes: string[]) {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const made = newApiKey();
  const saved = await queries.createApiKey(db, {
    userId: user.id,
    organizationId: user.organizationId,
    name: "test",
    prefix: made.prefix,
    secretHash: made.secretHash,
    scopes,
  });
  return { key: made.key, id: saved.id, userId: user.id };
}

const request = (authorization?: string) => new Request("http://app.test/api/v1/thing", { headers: authorization ? { authorization } : {} });

function echoRoute(options: Parameters<typeof apiRoute>[0]) {
  const handler = vi.fn(async (_request: Request, caller: { user: { id: string }; keyId: string }) =>
    Response.json({ userId: caller.user.id, keyId: caller.keyId }),
  );
  return { handler, run: apiRoute(options, handler) };
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; requestId: string } }).error;
}

describe("apiRoute", () => {
  it("acts as the key's owner and counts the use", async () => {
    const { key, id, userId } = await keyFor("hr@example.test", ["history"]);
    const { run } = echoRoute({ scope: "history" });
    const response = await run(request(`Bearer ${key}`), context);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ userId, keyId: id });
    const row = await db.apiKey.findUniqueOrThrow({ where: { id } });
    expect(row.usageCount).toBe(1);
    expect(row.lastUsedAt).toBeInstanceOf(Date);
  });

  it.each([
    ["no header", undefined],
    ["another scheme", "Basic abc"],
    ["a malformed key", "Bearer hrk_nothex_short"],
  ])("answers 401 in the shared error shape to %s", async (_case, authorization) => {
    const { handler, run } = echoRoute({ scope: "history" });
    const response = await run(request(authorization), context);
    expect(response.status).toBe(401);
    const error = await errorOf(response);
    expect(error).toMatchObject({ code: "unauthorized:api", message: expect.stringContaining("Authorization: Bearer") });
    expect(error.requestId.length).toBeGreaterThan(8);
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 401 to a known prefix with the wrong secret", async () => {
    const { key } = await keyFor("hr@example.test", ["history"]);
    const { prefix } = parseApiKey(key)!;
    const { handler, run } = echoRoute({ scope: "history" });
    const forged = `hrk_${prefix}_${"A".repeat(43)}`;
    expect((await run(request(`Bearer ${forged}`), context)).status).toBe(401);
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 403 when the key lacks the scope or its owner the role", async () => {
    const { key } = await keyFor("candidate@example.test", ["cvs"]);
    const wrongScope = echoRoute({ scope: "documents" });
    const noScope = await wrongScope.run(request(`Bearer ${key}`), context);
    expect(noScope.status).toBe(403);
    expect(await errorOf(noScope)).toMatchObject({ code: "forbidden:api", message: expect.stringContaining('"documents"') });
    const hrOnly = echoRoute({ scope: "cvs", roles: ["HR", "ADMIN"] });
    expect((await hrOnly.run(request(`Bearer ${key}`), context)).status).toBe(403);
    expect(wrongScope.handler).not.toHaveBeenCalled();
    expect(hrOnly.handler).not.toHaveBeenCalled();
  });

  it("answers 429 with Retry-After once the key's requests for the minute are spent, without counting them", async () => {
    const { key, id } = await keyFor("hr@example.test", ["fit"]);
    const { run } = echoRoute({ scope: "fit" });
    for (let i = 0; i < 2; i++) expect((await run(request(`Bearer ${key}`), context)).status).toBe(200);
    const limited = await run(request(`Bearer ${key}`), context);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await errorOf(limited)).toMatchObject({ code: "rate_limit:api" });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).usageCount).toBe(2);
  });

  it("refuses a revoked key, and only its owner or its organisation may revoke it", async () => {
    const { key, id, userId } = await keyFor("hr@example.test", ["chat"]);
    const stranger = await db.user.findUniqueOrThrow({ where: { email: "candidate@example.test" } });
    expect(await queries.revokeApiKeyForUser(db, { id, userId: stranger.id })).toBe(false);
    expect(await queries.revokeApiKeyInOrganization(db, { id, organizationId: "c0000000000000000000000000" })).toBe(false);
    expect(await queries.revokeApiKeyForUser(db, { id, userId })).toBe(true);
    const { run } = echoRoute({ scope: "chat" });
    expect((await run(request(`Bearer ${key}`), context)).status).toBe(401);
  });
});
