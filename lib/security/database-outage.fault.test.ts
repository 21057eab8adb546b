import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { testRequest } from "@/lib/auth/testing/next-headers";
import { signedInUser, signInAs } from "@/lib/auth/testing/signed-in";
import { startTcpProxy, type TcpProxy } from "@/lib/db/testing/tcp-proxy";
import { testDatabases } from "@/lib/db/testing/databases";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// What a signed-in user sees when the database goes away mid-request: the app's own wrappers and
// session code, on real Postgres (TEST_DATABASE_URL) reached through a TCP proxy the test cuts.
vi.mock("next/headers", () => import("@/lib/auth/testing/next-headers"));

const postgres = testDatabases().find((d) => d.name === "postgres");
let proxy: TcpProxy;
let db: PrismaClient;
let cookie: { name: string; value: string };
let action: typeof import("@/lib/security/authed-action");
let route: typeof import("@/lib/security/authed-route");

beforeAll(async () => {
  if (!postgres) return;
  const target = await postgres.target();
  if (target.kind !== "postgres") throw new Error("expected a Postgres target");
  const url = new URL(target.url);
  proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
  url.hostname = "127.0.0.1";
  url.port = String(proxy.port);
  process.env.DATABASE_URL = url.toString();
  process.env.AUTH_SECRET = "test-secret-of-at-least-thirty-two-characters";
  process.env.RATE_LIMIT_STORE = "memory";
  db = await (await import("@/lib/db/client")).getDb();
  ({ cookie } = await signedInUser(db, { email: "hr@example.test", role: "HR" }));
  action = await import("@/lib/security/authed-action");
  route = await import("@/lib/security/authed-route");
});
beforeEach(() => {
  proxy?.restore();
  testRequest.cookies.clear();
  testRequest.headers = new Headers();
  if (cookie) signInAs(cookie);
});
afterAll(async () => {
  await db?.$disconnect();
  await proxy?.close();
  await postgres?.dispose();
});

const saveOrganization = () =>
  action.authedAction(z.object({ name: z.string().min(1) }), async ({ name }) => (await db.organization.create({ data: { name } })).name);

describe.skipIf(!postgres)("a request while the database is away", () => {
  it("a route answers 503 unavailable:database with a message and the request id", async () => {
    const handler = route.authedRoute(async () => Response.json({ organizations: await db.organization.count() }));
    proxy.cut();
    const response = await handler(new Request("http://localhost/api/test"), { params: Promise.resolve({}) });
    expect(response.status).toBe(503);
    const { error } = (await response.json()) as { error: { code: string; message: string; requestId: string } };
    expect(error.code).toBe("unavailable:database");
    expect(error.message).toMatch(/try again in a minute/i);
    expect(error.requestId).toMatch(/^[\w-]{8,}$/);
  });

  it("an action answers unavailable:database with a message that says what to do, not a sign-in prompt", async () => {
    proxy.cut();
    const result = await saveOrganization()({ name: "Acme" });
    expect(result).toMatchObject({ ok: false, code: "unavailable:database" });
    expect(!result.ok && result.message).toMatch(/try again in a minute/i);
    expect(result).toHaveProperty("requestId");
  });

  it("the same action succeeds once the database is back, with no leftover from the failed one", async () => {
    proxy.cut();
    expect(await saveOrganization()({ name: "Acme" })).toMatchObject({ ok: false });
    proxy.restore();
    expect(await saveOrganization()({ name: "Acme" })).toEqual({ ok: true, data: "Acme" });
    expect(await db.organization.count({ where: { name: "Acme" } })).toBe(1);
  });
});
