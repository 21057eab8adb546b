import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { actionId, callAction, sessionCookieFrom } from "../scripts/lib/server-actions.mjs";

// Who may call what. Every server action in the build and every route handler in app/ must appear
// here: a new endpoint without a row fails the first test.
const root = path.resolve(import.meta.dirname, "..");
const base = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const publicActions = ["app/(auth)/actions.ts#login", "app/(auth)/actions.ts#register", "app/(app)/actions.ts#signOutAction"];
const protectedActions = [
  "app/(app)/tools/actions.ts#generateDocument",
  "app/(app)/tools/actions.ts#stopGeneration",
  "app/(app)/history/actions.ts#deleteGeneration",
  "app/(app)/history/actions.ts#saveEditedVersion",
  "app/(app)/account/actions.ts#changePassword",
  "app/(app)/account/actions.ts#deleteAccount",
];
const routes = { "app/api/auth/[...nextauth]/route.ts": "Auth.js", "app/api/health/route.ts": "public", "app/api/account/export/route.ts": "signed-in" };

type Result = { ok: boolean; code?: string; data?: Record<string, unknown> };

/** Calls an action as the browser would and reads its ActionResult out of the Flight response. */
async function call(action: string, args: unknown, cookie = ""): Promise<Result> {
  const [file, name] = action.split("#") as [string, string];
  const response = await callAction(base, "/", actionId(root, file, name), [args], cookie);
  const body = await response.text();
  const line = body.split("\n").find((l) => /^1:\{"ok":/.test(l));
  expect(line, `${action} answered: ${body.slice(0, 200)}`).toBeTruthy();
  return JSON.parse(line!.slice(2)) as Result;
}

async function register(kind: "hire" | "seek") {
  const response = await callAction(base, "/register", actionId(root, "app/(auth)/actions.ts", "register"), [
    { name: kind, email: `${kind}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`, password: "matrix-password-1", accountType: kind, organizationName: kind === "hire" ? "Matrix Org" : "" },
  ]);
  return sessionCookieFrom(response);
}

test("every server action and route handler is in the authorisation matrix", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, { filename: string; exportedName: string }> };
  const built = [...new Set(Object.values(manifest.node).map((a) => `${a.filename}#${a.exportedName}`))].sort();
  expect(built).toEqual([...publicActions, ...protectedActions].sort());
  const routeFiles = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? routeFiles(`${dir}/${e.name}`) : e.name === "route.ts" ? [`${dir}/${e.name}`] : []));
  expect(routeFiles("app").sort()).toEqual(Object.keys(routes).sort());
});

test("anonymous callers are refused by every protected action and route, and learn nothing", async () => {
  for (const action of protectedActions) {
    const result = await call(action, {});
    expect(result, action).toEqual({ ok: false, code: "unauthorized:auth", message: expect.any(String) });
  }
  const exported = await fetch(`${base}/api/account/export`);
  expect(exported.status).toBe(401);
  expect(await fetch(`${base}/api/health`).then((r) => r.status)).toBe(200);
});

test("a job seeker cannot generate HR documents; another user's documents cannot be stopped, edited or deleted", async () => {
  const owner = await register("hire");
  const other = await register("hire");
  const candidate = await register("seek");
  const input = { title: "Matrix Nurse", companyName: "Clinic", department: "", seniority: "mid", yearsExperience: "", employmentType: "full-time", workMode: "remote", location: "", aboutCompany: "", responsibilities: "", requiredSkills: "", preferredSkills: "", qualifications: "", salaryMin: "", salaryMax: "", currency: "USD", salaryPeriod: "year", benefits: "", language: "en", tone: "professional" };

  expect(await call("app/(app)/tools/actions.ts#generateDocument", { tool: "job-description", input, modelId: "offline:draft" }, candidate)).toMatchObject({ ok: false, code: "forbidden:auth" });

  const started = await callAction(base, "/tools/job-description", actionId(root, "app/(app)/tools/actions.ts", "generateDocument"), [{ tool: "job-description", input, modelId: "offline:draft" }], owner);
  const id = /"generationId":"([a-z0-9]+)"/.exec(await started.text())?.[1];
  expect(id).toBeTruthy();

  for (const [action, args] of [
    ["app/(app)/tools/actions.ts#stopGeneration", { id }],
    ["app/(app)/history/actions.ts#deleteGeneration", { id }],
    ["app/(app)/history/actions.ts#saveEditedVersion", { parentId: id, output: "# Taken over" }],
  ] as const) {
    const result = await call(action, args, other);
    expect(result, action).toMatchObject({ ok: false, code: "not_found:generation" });
    expect(JSON.stringify(result)).not.toContain("Matrix Nurse");
  }
  const exported = await fetch(`${base}/api/account/export`, { headers: { cookie: other } }).then((r) => r.json());
  expect(JSON.stringify(exported)).not.toContain("Matrix Nurse");
  expect(await call("app/(app)/history/actions.ts#saveEditedVersion", { parentId: id, output: "# Mine" }, owner)).toMatchObject({ ok: true });
});
