import { expect, test } from "@playwright/test";
import { signedInHr } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { documentArticle, fillJobDescription, newBrief, openInHistory, statusLine } from "./support/job-description";

test("edit a document in place as a new version, compare the versions, and reopen the form with the same inputs", async ({ page }) => {
  await signedInHr(page);
  const brief = newBrief();
  await fillJobDescription(page, brief, /Offline draft/);
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(statusLine(page)).toHaveText(/Saved to history/);
  const firstPath = await openInHistory(page);

  await page.getByRole("button", { name: "Edit" }).click();
  const editor = page.getByLabel("Document (Markdown)");
  const original = await editor.inputValue();
  await editor.fill(original.replace("## How to apply", "## Our hiring steps\n\nTwo interviews, decision within a week.\n\n## How to apply"));
  await page.getByRole("button", { name: "Save as new version" }).click();
  await expect(page).not.toHaveURL(new RegExp(`${firstPath}$`));
  await expect(documentArticle(page).getByRole("heading", { name: "Our hiring steps" })).toBeVisible();
  await expect(page.getByText("Edited by you").first()).toBeVisible();

  const versions = page.getByRole("navigation", { name: "Versions" });
  await expect(versions.getByRole("listitem")).toHaveCount(2);
  await versions.getByRole("link", { name: "compare with previous" }).click();
  const changes = page.getByRole("list", { name: "Line by line changes" });
  await expect(changes.getByText("Added:")).toHaveCount(4);
  await expect(changes).toContainText("+ ## Our hiring steps");
  expect(await seriousViolations(page)).toEqual([]);

  // The first version is unchanged.
  await page.goto(firstPath);
  await expect(documentArticle(page).getByRole("heading", { name: "Our hiring steps" })).toHaveCount(0);

  await page.getByRole("link", { name: "Open the form with these inputs" }).click();
  await expect(page.getByLabel("Job title")).toHaveValue(brief.title);
  await expect(page.getByLabel("Location")).toHaveValue(brief.location);
  await expect(page.getByLabel("Responsibilities")).toHaveValue(new RegExp(brief.responsibility));
});
