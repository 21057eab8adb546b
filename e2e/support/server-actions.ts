import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { actionId, actionResultFrom, callAction, sessionCookieFrom } from "../../scripts/lib/server-actions.mjs";

// Calls the app's server actions over HTTP the way the browser does, as a given user (cookie). How a
// call is made, and why over HTTP, is in scripts/lib/server-actions.mjs, shared with the benchmarks.
const root = path.resolve(import.meta.dirname, "../..");
export const base = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

export type Result = { ok: boolean; code?: string; message?: string; data?: Record<string, unknown> };

/** Where a call goes: extra request headers, and another app server than the main one. */
type Via = { headers?: Record<string, string>; server?: string };

/** Raw call, for actions that answer with a stream or a redirect. `action` is "file#export". */
export function post(action: string, args: unknown, cookie = "", page = "/", { headers = {}, server = base }: Via = {}) {
  const [file, name] = action.split("#") as [string, string];
  return callAction(server, page, actionId(root, file, name), [args], cookie, headers);
}

/** Calls an action and reads its ActionResult out of the Flight response. */
export async function call(action: string, args: unknown, cookie = "", via: Via = {}): Promise<Result> {
  const body = await (await post(action, args, cookie, "/", via)).text();
  const result = actionResultFrom(body);
  expect(result, `${action} answered: ${body.slice(0, 200)}`).toBeTruthy();
  return result as Result;
}

/** Values made during the run that must never reach the server log; checked after the tests. */
export function rememberSecret(value: string) {
  fs.appendFileSync(path.join(root, ".data/e2e-made-secrets.txt"), `${value}\n`);
}

let counter = 0;
export const uniqueEmail = (kind: string) => `${kind}-${Date.now()}-${++counter}-${Math.random().toString(36).slice(2, 6)}@example.test`;

type NewAccount = { email?: string; name?: string; password?: string; organizationName?: string; inviteToken?: string; server?: string };

/** Registers through the action and returns the account's email and password, and the session cookie. */
export async function registerAs(kind: "hire" | "seek", extra: NewAccount = {}) {
  const email = extra.email ?? uniqueEmail(kind);
  const password = extra.password ?? "matrix-password-1";
  const response = await post(
    "app/(auth)/actions.ts#register",
    {
      name: extra.name ?? `${kind} person`,
      email,
      password,
      accountType: kind,
      organizationName: kind === "hire" && !extra.inviteToken ? (extra.organizationName ?? "Matrix Org") : "",
      inviteToken: extra.inviteToken,
    },
    "",
    "/register",
    { server: extra.server },
  );
  return { email, password, cookie: sessionCookieFrom(response) };
}

/** An admin invites `email` as `role`; returns the invitation token from the link. */
export async function invite(adminCookie: string, email: string, role: "HR" | "ADMIN" = "HR"): Promise<string> {
  const result = await call("app/(app)/admin/members/actions.ts#inviteMember", { email, role }, adminCookie);
  expect(result, "invitation").toMatchObject({ ok: true });
  const token = String(result.data!.path).split("/").at(-1)!;
  rememberSecret(token);
  return token;
}
