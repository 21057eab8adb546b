import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { testRequest } from "@/lib/auth/testing/next-headers";
import { appWithHrAndCandidate, signedInUser, signInAs } from "@/lib/auth/testing/signed-in";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// Only the framework's request context is replaced; the session is decoded and checked against the
// database by the app's own code, on a migrated in-memory PGlite.
vi.mock("next/headers", () => import("@/lib/auth/testing/next-headers"));

let wrap: typeof import("@/lib/security/authed-action");
let db: PrismaClient;
let hrCookie: { name: string; value: string };
let candidateCookie: { name: string; value: string };

beforeAll(async () => {
  process.env.RATE_LIMIT_STORE = "memory";
  process.env.RATE_LIMIT_GENERATIONS_PER_MINUTE = "2";
  ({ db, hrCookie, candidateCookie } = await appWithHrAndCandidate());
  wrap = await import("@/lib/security/authed-action");
});

beforeEach(() => {
  testRequest.cookies.clear();
  testRequest.headers = new Headers();
});

const schema = z.object({ title: z.string().trim().min(1, "Give a title") });

/** An action whose handler records what it was given. */
function action(options: Parameters<typeof wrap.authedAction>[2] = {}, body: (title: string) => Promise<string> = async (title) => `saved ${title}`) {
  const handler = vi.fn(async ({ title }: z.output<typeof schema>) => body(title));
  return { handler, run: wrap.authedAction(schema, handler, options) };
}

describe("authedAction", () => {
  it("runs the handler for a signed-in user with valid input", async () => {
    signInAs(hrCookie);
    const { handler, run } = action({ roles: ["HR", "ADMIN"] });
    expect(await run({ title: " Nurse " })).toEqual({ ok: true, data: "saved Nurse" });
    expect(handler).toHaveBeenCalledWith({ title: "Nurse" }, expect.objectContaining({ email: "hr@example.test", role: "HR" }));
  });

  it("refuses a request without a session", async () => {
    const { handler, run } = action();
    expect(await run({ title: "Nurse" })).toMatchObject({ ok: false, code: "unauthorized:auth" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a session whose record was ended", async () => {
    const { cookie, user } = await signedInUser(db, { email: "gone@example.test", role: "HR" });
    await db.signInSession.deleteMany({ where: { userId: user.id } });
    signInAs(cookie);
    const { handler, run } = action();
    expect(await run({ title: "Nurse" })).toMatchObject({ ok: false, code: "unauthorized:auth" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a role the action does not allow", async () => {
    signInAs(candidateCookie);
    const { handler, run } = action({ roles: ["HR", "ADMIN"] });
    testRequest.headers = new Headers({ "x-request-id": "lb-request-0042" });
    expect(await run({ title: "Nurse" })).toEqual({
      ok: false,
      code: "forbidden:auth",
      message: `${new AppError("forbidden:auth").message} (Reference: lb-request-0042)`,
      requestId: "lb-request-0042",
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers invalid input with the errors of each field", async () => {
    signInAs(hrCookie);
    const { handler, run } = action();
    expect(await run({ title: "   " })).toEqual({
      ok: false,
      code: "bad_request:input",
      message: expect.stringMatching(/^Some fields need attention\. \(Reference: [0-9a-f-]{36}\)$/),
      fieldErrors: { title: ["Give a title"] },
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses past the rate limit with the wait, without running the handler", async () => {
    signInAs(hrCookie);
    const { handler, run } = action({ rateLimit: "generation" });
    expect(await run({ title: "One" })).toMatchObject({ ok: true });
    expect(await run({ title: "Two" })).toMatchObject({ ok: true });
    const refused = await run({ title: "Three" });
    // The form keeps its values on the client; the result says why and for how long.
    expect(refused).toMatchObject({ ok: false, code: "rate_limit:generation" });
    expect(refused.ok ? "" : refused.message).toBe(`${new AppError("rate_limit:generation").message} (Reference: ${refused.ok ? "" : refused.requestId})`);
    expect(refused.ok ? 0 : refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.ok ? 0 : refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it("passes an AppError of the handler through", async () => {
    signInAs(hrCookie);
    const { run } = action({}, async () => {
      throw new AppError("not_found:generation");
    });
    expect(await run({ title: "Nurse" })).toMatchObject({ ok: false, code: "not_found:generation" });
  });

  it("turns an unknown throw into an internal error without its detail", async () => {
    signInAs(hrCookie);
    const { run } = action({}, async () => {
      throw new Error("secret connection string");
    });
    const result = await run({ title: "Nurse" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code.startsWith("internal:")).toBe(true);
    expect(result.message).not.toContain("secret");
  });

  it("gives each call its own request id, shown in the failure message and seen by everything the handler runs", async () => {
    const { currentRequestId } = await import("@/lib/observability/request-context");
    const seen: (string | undefined)[] = [];
    signInAs(hrCookie);
    const { run } = action({}, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push(currentRequestId()); // what the logger's lines carry
      throw new AppError("not_found:generation");
    });
    testRequest.headers = new Headers({ "x-request-id": "bad id with spaces" });
    const first = await run({ title: "Nurse" });
    const second = await run({ title: "Nurse" });
    if (first.ok || second.ok) throw new Error("expected failures");
    // An unsafe incoming id is replaced, never echoed; each call gets a new one.
    expect(first.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.requestId).not.toBe(first.requestId);
    expect(seen).toEqual([first.requestId, second.requestId]);
    expect(first.message).toBe(`${new AppError("not_found:generation").message} (Reference: ${first.requestId})`);
    expect(currentRequestId()).toBeUndefined();
  });
});
