import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { stubUrl } from "../playwright.config";
import { startInstance } from "./support/app-instance";
import { documentArticle, signInCookie, sixtyWords, startSlowDocument } from "./support/documents";
import { registerAs } from "./support/server-actions";

const port = Number(process.env.E2E_PORT ?? 3100) + 10;

test("a reload while a document is written comes back to it and streams it to the end; another tab follows it and stops it", async ({ page, context }) => {
  const hr = await registerAs("hire");
  await signInCookie(context, hr.cookie);
  await page.request.post(`${stubUrl}/__stub/reset`);

  await startSlowDocument(page, { title: "Night nurse", reply: `Resumed: ${sixtyWords} the-final-word.` });
  await page.reload();
  // Still being written after the reload, and followed to its very end, not just the text saved so far.
  await expect(page.getByRole("status").filter({ hasText: "Writing with Groq" })).toBeVisible();
  await expect(documentArticle(page)).toContainText("Resumed: word1 word2");
  await expect(documentArticle(page)).not.toContainText("the-final-word");
  await expect(documentArticle(page)).toContainText("word60 the-final-word.", { timeout: 30_000 });
  await expect(page.getByRole("status").filter({ hasText: "Saved to history." })).toBeVisible();
  await expect(page.getByLabel("Job title")).toHaveValue("Night nurse");

  // A second document, opened in a second tab's history while it is written, and stopped from there.
  const id = await startSlowDocument(page, { title: "Day nurse", reply: `Stopped elsewhere: ${sixtyWords} never-reached.` });
  const other = await context.newPage();
  await other.goto(`/history/${id}`);
  await expect(other.getByRole("status").filter({ hasText: "Being written…" })).toBeVisible();
  await expect(other.getByRole("article", { name: "Generated document" })).toContainText("Stopped elsewhere: word1");
  await other.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Stopped. The partial text is saved in history." })).toBeVisible();
  await expect(documentArticle(page)).not.toContainText("never-reached");
  await expect(other.getByText("Stopped", { exact: true })).toBeVisible();
  await expect(other.getByRole("article", { name: "Generated document" })).not.toContainText("never-reached");
});

test("a server killed while writing a document: after the restart it is interrupted with its partial text, and is written again from the same inputs", async ({
  page,
  context,
}) => {
  const dir = `.data/e2e-pglite-${port}`;
  fs.rmSync(path.resolve(dir), { recursive: true, force: true });
  let app = await startInstance(port, { PGLITE_DIR: dir, DATABASE_URL: "" });
  try {
    const hr = await registerAs("hire", { server: app.url });
    await signInCookie(context, hr.cookie, app.url);
    await page.request.post(`${stubUrl}/__stub/reset`);
    const id = await startSlowDocument(page, { server: app.url, title: "Flood modeller", reply: `Cut short: ${sixtyWords} never-reached.` });
    // What a follower reads is what is saved: once another tab shows some words, the crash keeps them.
    const saved = await context.newPage();
    await saved.goto(`${app.url}/history/${id}`);
    await expect(saved.getByRole("article", { name: "Generated document" })).toContainText("Cut short: word1 word2");
    await app.kill("SIGKILL");

    app = await startInstance(port, { PGLITE_DIR: dir, DATABASE_URL: "" });
    await page.reload();
    await expect(page.getByRole("status").filter({ hasText: "The server stopped while this was being written." })).toBeVisible();
    await expect(documentArticle(page)).toContainText("Cut short: word1 word2");
    await expect(documentArticle(page)).not.toContainText("never-reached");
    await saved.reload();
    await expect(saved.getByText("Interrupted", { exact: true })).toBeVisible();

    // The form still holds the inputs: the document is written again from them, as a new version.
    await expect(page.getByLabel("Job title")).toHaveValue("Flood modeller");
    await page.request.post(`${stubUrl}/__stub/queue`, { data: [{ reply: "A whole document this time." }] });
    await page.getByRole("button", { name: "Regenerate" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved to history." })).toBeVisible();
    await expect(documentArticle(page)).toContainText("A whole document this time.");
    await page.getByRole("link", { name: "Open in history" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Flood modeller" }).first()).toBeVisible();
    await expect(page.getByText("Complete", { exact: true })).toBeVisible();
  } finally {
    await app.kill();
  }
});
