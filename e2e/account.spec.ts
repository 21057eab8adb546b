import fs from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { registerHr, signIn } from "./support/accounts";
import { fillJobDescription, newBrief, statusLine } from "./support/job-description";

test("an account can change its password, download its data, and delete itself with everything it owns", async ({ page }) => {
  const account = await registerHr(page);
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
  await expect(deleteForm.getByRole("button", { name: "Delete my account and all my data" })).toBeDisabled();
  await deleteForm.getByLabel(`Type ${account.email} to confirm`).fill(account.email);
  await deleteForm.getByRole("button", { name: "Delete my account and all my data" }).click();
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
