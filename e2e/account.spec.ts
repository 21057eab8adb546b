import fs from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { sessionIdleSeconds } from "@/lib/auth/session-policy";
import { e2eSecrets } from "../playwright.config";
import { newSession, signIn, signedInHr, setSessionCookie } from "./support/accounts";
import { fillJobDescription, newBrief, statusLine } from "./support/job-description";
import { base, call, registerAs } from "./support/server-actions";

test("an account can change its password, download its data, and delete itself with everything it owns", async ({ page }) => {
  const account = await signedInHr(page);
  const brief = newBrief();
  await fillJobDescription(page, brief, /Offline draft/);
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(statusLine(page)).toHaveText(/Saved to history/);

  await page.getByRole("link", { name: "Account" }).click();
  const passwordForm = page.getByRole("form", { name: "Change password" });
  await passwordForm.getByLabel("Current password").fill("not-my-password-1");
  await passwordForm.getByLabel("New password").fill("a-new-password-7");
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your current password is not correct.")).toBeVisible();
  await passwordForm.getByLabel("Current password").fill(account.password);
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password has been changed.")).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data" }).click();
  const data = JSON.parse(await fs.readFile(await (await download).path(), "utf8"));
  expect(data.email).toBe(account.email);
  expect(data.generations.map((g: { title: string }) => g.title)).toEqual([brief.title]);
  expect(JSON.stringify(data)).not.toMatch(/passwordHash|scrypt\$/);

  // The organisation's creator is its admin and reads the audit log.
  await page.getByRole("link", { name: "Audit log" }).click();
  for (const what of ["Signed in", "Changed password", "Downloaded their data"]) await expect(page.getByRole("cell", { name: what }).first()).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, { email: account.email, password: "a-new-password-7" });
  await page.goto("/account");
  const deleteForm = page.getByRole("form", { name: "Delete account" });
  const deleteButton = deleteForm.getByRole("button", { name: "Delete my account and all my data" });
  await expect(deleteButton).toBeDisabled();
  await deleteForm.getByLabel(`Type ${account.email} to confirm`).fill(account.email);
  await expect(deleteButton).toBeDisabled(); // the password too
  await deleteForm.getByLabel("Your password").fill("not-my-password-1");
  await deleteButton.click();
  await expect(deleteForm.getByText("Your password is not correct.")).toBeVisible();
  await expect(page).toHaveURL(/\/account$/);
  await deleteForm.getByLabel("Your password").fill("a-new-password-7");
  await deleteButton.click();
  await expect(page).toHaveURL(/\/register$/);

  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill("a-new-password-7");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
});

test("the data export answers anonymous callers with a JSON 401 and nothing else", async ({ request }) => {
  const response = await request.get("/api/account/export");
  expect(response.status()).toBe(401);
  const body = await response.json();
  expect(body).toEqual({ error: { code: "unauthorized:auth", message: expect.any(String), requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) } });
});

test("signing out ends the session on the server: a copy of the old cookie no longer works", async ({ page, browser, request }) => {
  const account = await registerAs("seek");
  await setSessionCookie(page.context(), account.cookie);
  const exportWith = (cookie: string) => request.get("/api/account/export", { headers: { cookie } });
  expect((await exportWith(account.cookie)).status()).toBe(200);
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);

  // Someone kept a copy of the cookie from before the sign-out.
  expect((await exportWith(account.cookie)).status()).toBe(401);
  const replay = await browser.newContext();
  await setSessionCookie(replay, account.cookie);
  const replayPage = await replay.newPage();
  await replayPage.goto("/history");
  await expect(replayPage).toHaveURL(/\/login/);
  await replay.close();
  // Auth.js's own session endpoint agrees.
  expect(await (await request.get("/api/auth/session", { headers: { cookie: account.cookie } })).json()).toBeNull();
});

test("signing out everywhere ends the account's sessions in every browser, and the audit log records it", async ({ page, browser }) => {
  const account = await registerAs("hire");
  const laptop = await browser.newContext();
  await setSessionCookie(laptop, await newSession(account.email));
  const laptopPage = await laptop.newPage();
  await laptopPage.goto("/history");
  await expect(laptopPage.getByRole("heading", { name: "History" })).toBeVisible();

  await setSessionCookie(page.context(), account.cookie);
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await laptopPage.goto("/history");
  await expect(laptopPage).toHaveURL(/\/login/);
  await laptop.close();
  expect(await call("app/(app)/account/actions.ts#signOutEverywhere", {}, account.cookie)).toMatchObject({ ok: false, code: "unauthorized:auth" });

  await setSessionCookie(page.context(), await newSession(account.email));
  await page.goto("/admin/audit");
  await expect(page.getByRole("cell", { name: "Signed out everywhere" })).toBeVisible();
});

test("wrong current passwords are limited per account, with a message that says when to try again", async () => {
  const account = await registerAs("seek");
  const changePassword = (currentPassword: string) =>
    call("app/(app)/account/actions.ts#changePassword", { currentPassword, newPassword: "a-new-password-7" }, account.cookie);
  for (let i = 0; i < 4; i++) {
    expect(await changePassword("not-my-password-1")).toMatchObject({
      ok: false,
      code: "unauthorized:auth",
      message: expect.stringMatching(/^Your current password is not correct\. \(Reference: [\w-]+\)$/),
    });
  }
  expect(await changePassword("not-my-password-1")).toMatchObject({
    ok: false,
    code: "rate_limit:auth",
    message: expect.stringMatching(/^Too many wrong passwords\. For your security, try again in 15 minutes\. \(Reference: [\w-]+\)$/),
    retryAfterSeconds: expect.any(Number),
  });
  // Locked: even the right password waits, and deleting the account counts in the same limit.
  expect(await changePassword("matrix-password-1")).toMatchObject({ ok: false, code: "rate_limit:auth" });
  expect(
    await call("app/(app)/account/actions.ts#deleteAccount", { confirmEmail: account.email, password: "matrix-password-1" }, account.cookie),
  ).toMatchObject({ ok: false, code: "rate_limit:auth" });
});

test("opening pages slides the session cookie's expiry, without re-issuing it on every request", async () => {
  const account = await registerAs("seek");
  const [name, ...value] = account.cookie.split("=");
  const salt = name!;
  const token = await decode({ token: value.join("="), secret: e2eSecrets.authSecret, salt });
  // The same session, its cookie as if issued an hour ago.
  const aged = await encode({ token: token!, secret: e2eSecrets.authSecret, salt, maxAge: sessionIdleSeconds - 3_600 });
  const opened = await fetch(`${base}/account`, { headers: { cookie: `${salt}=${aged}` }, redirect: "manual" });
  expect(opened.status).toBe(200);
  const renewed = opened.headers.getSetCookie().find((c) => c.startsWith(`${salt}=`));
  expect(renewed, "a renewed session cookie").toBeTruthy();
  const expires = Date.parse(/Expires=([^;]+)/i.exec(renewed!)![1]!);
  expect(Math.abs(expires - (Date.now() + sessionIdleSeconds * 1000))).toBeLessThan(60_000);
  expect(renewed).toMatch(/HttpOnly/i);

  const cookie = renewed!.split(";")[0]!;
  expect((await fetch(`${base}/api/account/export`, { headers: { cookie } })).status).toBe(200);
  const again = await fetch(`${base}/account`, { headers: { cookie }, redirect: "manual" });
  expect(again.headers.getSetCookie().some((c) => c.startsWith(`${salt}=`))).toBe(false);
});
