import { expect, test } from "@playwright/test";
import { signedInHr } from "./support/accounts";
import { documentArticle, fillJobDescription, newBrief, openInHistory, statusLine } from "./support/job-description";
import { readPdfDownload } from "./support/pdf";

test("an HR user writes a job description offline, finds it in history after a reload, and downloads it as a PDF", async ({ page }) => {
  await signedInHr(page);
  const brief = newBrief();
  await fillJobDescription(page, brief, /Offline draft/);
  await page.getByRole("button", { name: "Generate" }).click();

  // The document grows on screen while it is written.
  const article = documentArticle(page);
  await expect(statusLine(page)).toHaveText(/Writing with Offline draft/);
  const lengths = new Set<number>();
  for (let i = 0; i < 40 && !(await page.getByText("Saved to history").isVisible()); i++) {
    lengths.add((await article.innerText()).length);
    await page.waitForTimeout(100);
  }
  expect(lengths.size).toBeGreaterThanOrEqual(3);
  await expect(statusLine(page)).toHaveText("Written by Offline draft. Saved to history.");
  await expect(page.getByText("Offline draft — written by HR Copilot's built-in engine")).toBeVisible();

  // Formatted Markdown, using what the brief said.
  await expect(article.getByRole("heading", { level: 1, name: brief.title })).toBeVisible();
  await expect(article.getByRole("heading", { level: 2, name: "What you will do" })).toBeVisible();
  await expect(article.getByRole("listitem").filter({ hasText: brief.responsibility })).toBeVisible();
  await expect(article).toContainText("CHF 110,000 – CHF 135,000 per year");
  await expect(article).toContainText(brief.location);
  const onScreen = await article.innerText();

  // History keeps it across a reload.
  await page.goto("/history");
  await page.reload();
  await page.getByRole("link", { name: new RegExp(brief.title) }).click();
  await expect(page.getByRole("heading", { level: 1, name: brief.title }).first()).toBeVisible();
  await expect(page.getByText("Complete", { exact: true })).toBeVisible();

  // Copy as Markdown puts the Markdown source on the clipboard.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy Markdown" }).click();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown.startsWith(`# ${brief.title}\n`)).toBe(true);
  expect(markdown).toContain(`- ${brief.responsibility}.`);
  expect(markdown).toContain(`- ${brief.skill}\n`);

  // The PDF is rendered in the browser and holds the text that was on screen.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^senior-data-engineer-.*\.pdf$/);
  const pdf = await readPdfDownload(download);
  expect(pdf.header).toBe("%PDF-");
  expect(pdf.text).toContain(brief.title);
  expect(pdf.text).toContain("Zürich, Switzerland");
  expect(pdf.text).toContain(brief.responsibility);
  expect(pdf.text).toMatch(/Page 1 of [2-9]/);
  expect(pdf.text).toContain("Job description · Offline draft");
  const firstSentence = onScreen.split("\n").find((l) => l.startsWith(`${brief.company} is hiring`)) ?? "";
  expect(firstSentence.length).toBeGreaterThan(20);
  expect(pdf.text).toContain(firstSentence.slice(0, 60));
});

test("the PDF renderer loads only when a PDF is asked for", async ({ page }) => {
  await signedInHr(page);
  // A property name of @react-pdf/renderer's API, which survives minification.
  const marker = "registerHyphenationCallback";
  const scripts: string[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script") scripts.push(await response.text().catch(() => ""));
  });
  await fillJobDescription(page, newBrief(), /Offline draft/);
  await page.waitForLoadState("networkidle");
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.some((s) => s.includes(marker))).toBe(false);

  await page.getByRole("button", { name: "Generate" }).click();
  await expect(statusLine(page)).toHaveText(/Saved to history/);
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF" }).click();
  await downloadPromise;
  expect(scripts.some((s) => s.includes(marker))).toBe(true);
});

test("Stop keeps the partial text, saved as stopped", async ({ page }) => {
  await signedInHr(page);
  const brief = newBrief();
  await fillJobDescription(page, brief, /Offline draft/);
  await page.getByRole("button", { name: "Generate" }).click();
  const article = documentArticle(page);
  await expect(article).toContainText(brief.title);
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(statusLine(page)).toHaveText("Stopped. The partial text is saved in history.");
  const partial = (await article.innerText()).trim();
  expect(partial).toContain(brief.title);
  expect(partial).not.toContain("How to apply");

  await openInHistory(page);
  await expect(page.getByText("Stopped", { exact: true })).toBeVisible();
  await expect(page.getByText("Stopped before the end.")).toBeVisible();
  expect((await documentArticle(page).innerText()).trim()).toBe(partial);
});

test("closing the page mid-stream loses nothing: the server finishes and saves the document", async ({ page, context }) => {
  await signedInHr(page);
  const brief = newBrief();
  await fillJobDescription(page, brief, /Offline draft/);
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(documentArticle(page)).toContainText(brief.title);
  await expect(page.getByText("Saved to history")).toHaveCount(0);
  await page.close();

  const later = await context.newPage();
  await later.goto("/history");
  await later.getByRole("link", { name: new RegExp(brief.title) }).click();
  await expect(later).toHaveURL(/\/history\/[a-z0-9]+$/);
  await expect(async () => {
    await later.reload();
    await expect(later.getByText("Complete", { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(documentArticle(later)).toContainText("How to apply");
  await expect(documentArticle(later)).toContainText(brief.responsibility);
});
