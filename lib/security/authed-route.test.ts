import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { testRequest } from "@/lib/auth/testing/next-headers";
import { appWithHrAndCandidate, signInAs } from "@/lib/auth/testing/signed-in";

// Only the framework's request context is replaced; the session is decoded and checked against the
// database by the app's own code, on a migrated in-memory PGlite.
vi.mock("next/headers", () => import("@/lib/auth/testing/next-headers"));

let wrap: typeof import("@/lib/security/authed-route");
let hrCookie: { name: string; value: string };
let candidateCookie: { name: string; value: string };

beforeAll(async () => {
  ({ hrCookie, candidateCookie } = await appWithHrAndCandidate());
  wrap = await import("@/lib/security/authed-route");
});

beforeEach(() => {
  testRequest.cookies.clear();
});

const context = { params: Promise.resolve({}) };
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://app.test/api/thing", { method: "POST", body, headers: { host: "app.test", origin: "http://app.test", ...headers } });

/** A route whose handler echoes the body it was given. */
function route(options: Parameters<typeof wrap.authedRoute>[1] = {}, body?: () => Promise<Response>) {
  const handler = vi.fn(body ?? (async (request: Request) => Response.json({ echoed: await request.text() })));
  return { handler, run: wrap.authedRoute(handler, options) };
}

async function errorOf(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/json");
  return ((await response.json()) as { error: { code: string; message: string; requestId: string } }).error;
}

describe("authedRoute", () => {
  it("hands a same-origin request of an allowed role its body", async () => {
    signInAs(hrCookie);
    const { run } = route({ roles: ["HR", "ADMIN"] });
    const response = await run(post("hello"), context);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ echoed: "hello" });
  });

  it("answers 401 in JSON with a request id when there is no session", async () => {
    const { handler, run } = route();
    const response = await run(new Request("http://app.test/api/thing"), context);
    expect(response.status).toBe(401);
    const error = await errorOf(response);
    expect(error).toMatchObject({ code: "unauthorized:auth" });
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 403 to a role the route does not allow", async () => {
    signInAs(candidateCookie);
    const { handler, run } = route({ roles: ["HR", "ADMIN"] });
    const response = await run(new Request("http://app.test/api/thing"), context);
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject({ code: "forbidden:auth" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 403 to a post made by another site's page", async () => {
    signInAs(hrCookie);
    const { handler, run } = route();
    const response = await run(post("hello", { origin: "https://evil.example" }), context);
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject({ code: "forbidden:auth", message: "This request came from another site and was refused." });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 413 to a body over the limit, with the route's own message", async () => {
    signInAs(hrCookie);
    const { handler, run } = route({ maxBodyBytes: 10, tooLargeMessage: () => "Files up to 10 bytes." });
    const response = await run(post("x".repeat(11)), context);
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toMatchObject({ code: "too_large:input", message: "Files up to 10 bytes." });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 500 to a throw in the handler without its detail", async () => {
    signInAs(hrCookie);
    const { run } = route({}, async () => {
      throw new Error("password=hunter2 at db.internal:5432");
    });
    const response = await run(new Request("http://app.test/api/thing"), context);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("db.internal");
    const { error } = JSON.parse(text) as { error: { code: string; requestId: string } };
    expect(error.code.startsWith("internal:")).toBe(true);
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers with the request's id in a header and in the error, keeping a safe incoming id", async () => {
    const { run } = route();
    const response = await run(new Request("http://app.test/api/thing", { headers: { "x-request-id": "lb-7f3a-0042" } }), context);
    expect(response.headers.get("x-request-id")).toBe("lb-7f3a-0042");
    expect((await errorOf(response)).requestId).toBe("lb-7f3a-0042");
    const replaced = await run(new Request("http://app.test/api/thing", { headers: { "x-request-id": "<script>" } }), context);
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect((await errorOf(replaced)).requestId).toBe(replaced.headers.get("x-request-id"));
  });

  it("sets the id on a response whose headers cannot change, and counts the call by its route pattern", async () => {
    const { appMetrics } = await import("@/lib/metrics/registry");
    const series = 'hr_http_requests_total{route="/api/things/[id]",method="GET",status="302"}';
    const count = async () =>
      Number(
        (await appMetrics().registry.metrics())
          .split("\n")
          .find((l) => l.startsWith(series))
          ?.split(" ")[1] ?? 0,
      );
    const before = await count();
    const run = wrap.publicRoute(async () => Response.redirect("http://app.test/elsewhere", 302));
    const response = await run(new Request("http://app.test/api/things/secret-id-123"), { params: Promise.resolve({ id: "secret-id-123" }) });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("http://app.test/elsewhere");
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await count()).toBe(before + 1);
    expect(await appMetrics().registry.metrics()).not.toContain("secret-id-123");
  });
});
