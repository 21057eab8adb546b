import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAtTestDoubles } from "@/lib/ai/testing/app-environment";
import { withStubLlm } from "@/lib/ai/testing/stub-models";
import { testRequest } from "@/lib/auth/testing/next-headers";
import { appWithHrAndCandidate, signedInUser, signInAs } from "@/lib/auth/testing/signed-in";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// Every server action in app/**/actions.ts, called in process with arbitrary values by a signed-in
// admin and a signed-in job seeker, on a migrated in-memory PGlite: each answer is a result the page
// can show (ok, or a 4xx code with a message), never a throw or a 5xx. Only the framework's request
// context and cache are replaced, and Auth.js's sign-in and sign-out, which need a real request: they
// end as they do after success, in a redirect.
vi.mock("next/headers", () => import("@/lib/auth/testing/next-headers"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("@/lib/auth/auth", async () => {
  const { redirect } = await import("next/navigation");
  return { signIn: async () => redirect("/"), signOut: async () => redirect("/login") };
});

const llm = withStubLlm();
const appDir = path.resolve(import.meta.dirname, "../../app");
const actionFiles = fs
  .readdirSync(appDir, { recursive: true, encoding: "utf8" })
  .filter((file) => path.basename(file) === "actions.ts")
  .map((file) => path.join(appDir, file));

type Action = (input: unknown) => Promise<unknown>;
const actions: { name: string; run: Action }[] = [];
let db: PrismaClient;
const cookies: { name: string; value: string }[] = [];

beforeAll(async () => {
  pointAppAtTestDoubles(llm.stub.url);
  process.env.RATE_LIMIT_STORE = "memory";
  const app = await appWithHrAndCandidate();
  db = app.db;
  cookies.push(app.candidateCookie, (await signedInUser(db, { email: "admin@example.test", role: "ADMIN" })).cookie);
  for (const file of actionFiles) {
    for (const [name, value] of Object.entries(await import(file))) {
      if (typeof value === "function") actions.push({ name: `${path.relative(appDir, file)}#${name}`, run: value as Action });
    }
  }
});
afterAll(async () => {
  await db?.$disconnect();
});

/** Keys the actions read, so that some objects get past the first check and reach the fields' own rules. */
const likelyKeys = [
  "id",
  "cvId",
  "jobId",
  "name",
  "title",
  "text",
  "email",
  "password",
  "token",
  "role",
  "tool",
  "input",
  "edits",
  "enabled",
  "status",
  "lines",
];
const arbitraryInput = fc.oneof(
  fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }),
  fc.dictionary(fc.constantFrom(...likelyKeys), fc.anything({ maxDepth: 2 }), { maxKeys: 5 }),
  fc.dictionary(fc.constantFrom(...likelyKeys), fc.oneof(fc.string({ maxLength: 300 }), fc.uuid(), fc.integer(), fc.boolean()), { maxKeys: 5 }),
);

/** Next's redirect after a successful action: control flow, not a failure. */
const isRedirect = (thrown: unknown) =>
  typeof (thrown as { digest?: unknown })?.digest === "string" && (thrown as { digest: string }).digest.startsWith("NEXT_REDIRECT");

describe("server actions given arbitrary values", () => {
  it("finds the actions", () => {
    expect(actionFiles.length).toBeGreaterThan(5);
    expect(actions.length).toBeGreaterThan(20);
  });

  it("answer every value with a result and a 4xx code, never a throw or a 5xx", async () => {
    for (const action of actions) {
      await fc.assert(
        fc.asyncProperty(arbitraryInput, fc.nat(cookies.length - 1), async (input, who) => {
          testRequest.cookies.clear();
          testRequest.headers = new Headers();
          signInAs(cookies[who]!);
          const outcome = await action.run(input).catch((thrown: unknown) => (isRedirect(thrown) ? { ok: true } : { thrown }));
          if ("thrown" in (outcome as object)) throw new Error(`${action.name} threw: ${String((outcome as { thrown: unknown }).thrown)}`);
          const result = outcome as { ok: boolean; code?: AppError["code"]; message?: string };
          if (result.ok) return;
          expect(new AppError(result.code!).status, `${action.name}: ${result.code} ${result.message}`).toBeLessThan(500);
          expect(result.message).toMatch(/\w/);
        }),
        { numRuns: 40 },
      );
    }
  });
});
