import { expect, test } from "@playwright/test";
import { signedInHr } from "./support/accounts";
import { fillJobDescription, newBrief, statusLine } from "./support/job-description";

test("history search finds documents by words in their text, and the search survives a reload", async ({ page }) => {
  await signedInHr(page);
  const first = newBrief();
  const second = { ...newBrief(), responsibility: "Audit the quarterly flamingo census" };
  for (const brief of [first, second]) {
    await fillJobDescription(page, brief, /Offline draft/);
    await page.getByRole("button", { name: "Generate" }).click();
    await expect(statusLine(page)).toHaveText(/Saved to history/);
  }
  await page.goto("/history");
  const results = page.getByRole("list").filter({ has: page.getByRole("link", { name: /Senior Data Engineer/ }) });
  await expect(results.getByRole("listitem")).toHaveCount(2);

  const search = page.getByRole("search", { name: "Search history" });
  await search.getByLabel("Search").fill("flaming");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=flaming/);
  await page.reload();
  await expect(page.getByRole("link", { name: new RegExp(second.title) })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(first.title) })).toHaveCount(0);

  await search.getByLabel("Search").fill("");
  await search.getByLabel("Tool").selectOption("offer-letter");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No documents match this search")).toBeVisible();
});
