import { expect, test } from "@playwright/test";
import { registerHr, registerSeeker, signedInHr } from "./support/accounts";
import { fillJobDescription, newBrief, openInHistory, statusLine } from "./support/job-description";

test("nobody sees another user's documents", async ({ page, browser }) => {
  await signedInHr(page, "Owner One");
  const brief = newBrief();
  await fillJobDescription(page, brief, /Offline draft/);
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(statusLine(page)).toHaveText(/Saved to history/);
  await openInHistory(page);
  const documentUrl = page.url();

  const other = await browser.newContext();
  const intruder = await other.newPage();
  await signedInHr(intruder, "Someone Else");
  const response = await intruder.goto(documentUrl);
  expect(response?.status()).toBe(404);
  await expect(intruder.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(intruder.getByText(brief.title)).toHaveCount(0);
  await intruder.goto("/history");
  await expect(intruder.getByText("No documents yet")).toBeVisible();
  expect((await intruder.goto("/tools/no-such-tool"))?.status()).toBe(404);
  await other.close();
});

test("signed-out visitors are sent to sign in, and a wrong password is refused without losing the email", async ({ page }) => {
  for (const path of ["/", "/tools/job-description", "/history"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login$/);
  }
  const account = await registerHr(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill("not-the-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
});

test("a job seeker account cannot use the HR tools", async ({ page }) => {
  await registerSeeker(page, "Jo Seeker");
  await page.goto("/tools/job-description");
  await expect(page.getByText("HR tools are for hiring accounts.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Generate" })).toHaveCount(0);
});

test("five wrong passwords lock the account for a while, even against the right password", async ({ page }) => {
  const account = await registerHr(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(`wrong-password-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  }
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Too many failed sign-ins. For your security, wait 15 minutes and try again.")).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});
