import { expect, test } from "@playwright/test";
import { signedInHr } from "./support/accounts";
import { openInHistory, statusLine } from "./support/job-description";

test("document checks point at exclusionary words and a missing salary, beside the document and in history", async ({ page }) => {
  await signedInHr(page);
  await page.goto("/tools/job-description");
  await page.getByLabel("Model").selectOption({ label: "Offline draft (built-in)" });
  await page.getByLabel("Job title").fill("Support Engineer");
  await page.getByLabel("Company name").fill("Helpdesk Ltd");
  await page.getByLabel("Work mode").selectOption("remote");
  await page.getByLabel("Responsibilities").fill("Be our customer support rockstar");
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(statusLine(page)).toHaveText(/Saved to history/);

  const checks = page.getByRole("region", { name: "Document checks" });
  await expect(checks.getByText("“rockstar”", { exact: false }).first()).toBeVisible();
  await expect(checks.locator("mark", { hasText: "rockstar" }).first()).toBeVisible();
  await expect(checks.getByText(/gives no salary range/)).toBeVisible();
  await expect(checks.getByRole("heading", { name: /Requirement inflation nothing found/ })).toBeVisible();

  await openInHistory(page);
  await expect(page.getByRole("region", { name: "Document checks" }).getByText(/gives no salary range/)).toBeVisible();
});
