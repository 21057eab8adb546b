import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { actionId, callAction, sessionCookieFrom } from "../../scripts/lib/server-actions.mjs";

// Calls the app's server actions over HTTP the way the browser does, as a given user (cookie).
const root = path.resolve(import.meta.dirname, "../..");
export const base = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

export type Result = { ok: boolean; code?: string; message?: string; data?: Record<string, unknown> };

/** Raw call, for actions that answer with a stream or a redirect. `action` is "file#export". */
/** Where a call goes: extra request headers, and another app server than the main one. */
type Via = { headers?: Record<string, string>; server?: string };

export function post(action: string, args: unknown, cookie = "", page = "/", { headers = {}, server = base }: Via = {}) {
  const [file, name] = action.split("#") as [string, string];
  return callAction(server, page, actionId(root, file, name), [args], cookie, headers);
}

/** Calls an action and reads its ActionResult out of the Flight response. */
export async function call(action: string, args: unknown, cookie = "", via: Via = {}): Promise<Result> {
  const body = await (await post(action, args, cookie, "/", via)).text();
  const line = body.split("\n").find((l) => /^1:\{"ok":/.test(l));
  expect(line, `${action} answered: ${body.slice(0, 200)}`).toBeTruthy();
  return JSON.parse(line!.slice(2)) as Result;
}

/** Values made during the run that must never reach the server log; checked after the tests. */
export function rememberSecret(value: string) {
  fs.appendFileSync(path.join(root, ".data/e2e-made-secrets.txt"), `${value}\n`);
}

let counter = 0;
export const uniqueEmail = (kind: string) => `${kind}-${Date.now()}-${++counter}-${Math.random().toString(36).slice(2, 6)}@example.test`;

/** Registers through the action and returns the session cookie. */
export async function registerAs(kind: "hire" | "seek", extra: { email?: string; inviteToken?: string; server?: string } = {}) {
  const email = extra.email ?? uniqueEmail(kind);
  const response = await post("app/(auth)/actions.ts#register", {
    name: `${kind} person`,
    email,
    password: "matrix-password-1",
    accountType: kind,
    organizationName: kind === "hire" && !extra.inviteToken ? "Matrix Org" : "",
    inviteToken: extra.inviteToken,
  }, "", "/register", { server: extra.server });
  return { email, cookie: sessionCookieFrom(response) };
}

/** An admin invites `email` as `role`; returns the invitation token from the link. */
export async function invite(adminCookie: string, email: string, role: "HR" | "ADMIN" = "HR"): Promise<string> {
  const result = await call("app/(app)/admin/members/actions.ts#inviteMember", { email, role }, adminCookie);
  expect(result, "invitation").toMatchObject({ ok: true });
  const token = String(result.data!.path).split("/").at(-1)!;
  rememberSecret(token);
  return token;
}
