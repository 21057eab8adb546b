import { expect, type BrowserContext, type Page } from "@playwright/test";
import { sessionCookieFrom } from "../../scripts/lib/server-actions.mjs";
import { base, post, registerAs } from "./server-actions";

let counter = 0;

type Credentials = { email: string; password: string };

/**
 * A new account, registered through the register action over HTTP, and this page's browser signed in
 * as it by setting the session cookie the registration answered with; no page is opened. For every
 * test whose story is not the register or sign-in form: clicking through the form is slow, and it is
 * tested on its own (access.spec.ts, account.spec.ts, members.spec.ts).
 */
async function signedInAs(page: Page, kind: "hire" | "seek", name: string): Promise<Credentials> {
  // The password the form tests type too; the server log is scanned for it after the run.
  const { email, password, cookie } = await registerAs(kind, { name, password: "correct-horse-42", organizationName: "Acme Analytics" });
  await setSessionCookie(page.context(), cookie);
  return { email, password };
}

/** A new hiring account (the admin of a new organisation, Acme Analytics), signed in by its session cookie. */
export const signedInHr = (page: Page, name = "Hana Recruiter") => signedInAs(page, "hire", name);

/** A new job seeker, signed in by its session cookie. */
export const signedInSeeker = (page: Page, name = "Sam Seeker") => signedInAs(page, "seek", name);

/** A new hiring account, registered through the real form, for the tests of that form. Returns its credentials. */
export async function registerHr(page: Page, name = "Hana Recruiter") {
  const email = `hr-${Date.now()}-${++counter}@example.test`;
  const password = "correct-horse-42";
  await page.goto("/register");
  await page.getByLabel("I hire").check();
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Company or team").fill("Acme Analytics");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "HR tools" })).toBeVisible();
  return { email, password };
}

export async function signIn(page: Page, { email, password }: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
}

/** A new job seeker, registered through the real form, for the tests of that form. */
export async function registerSeeker(page: Page, name = "Sam Seeker") {
  const email = `seeker-${Date.now()}-${++counter}@example.test`;
  const password = "correct-horse-42";
  await page.goto("/register");
  await page.getByLabel("I'm looking for a job").check();
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  return { email, password };
}

/** Signs a browser context in with a session cookie ("name=value", as registerAs and newSession return). */
export async function setSessionCookie(context: BrowserContext, cookie: string) {
  const [name, ...value] = cookie.split("=");
  await context.addCookies([{ name: name!, value: value.join("="), url: base, httpOnly: true, sameSite: "Lax" }]);
}

/** Another session of an existing account (as from a second device), through the sign-in action; returns its cookie. */
export async function newSession(email: string, password = "matrix-password-1") {
  return sessionCookieFrom(await post("app/(auth)/actions.ts#login", { email, password }, "", "/login"));
}

/** A colleague who accepts an invitation by registering with the given name; returns their session cookie. */
export async function registerInvited({ name, email, inviteToken }: { name: string; email: string; inviteToken: string }) {
  return (await registerAs("hire", { name, email, inviteToken })).cookie;
}
