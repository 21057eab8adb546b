import { expect, type BrowserContext, type Page } from "@playwright/test";
import { stubUrl } from "../../playwright.config";
import { base } from "./server-actions";

/** Sixty numbered words: at the stub's slow pace (150 ms a word) a document of them takes about nine seconds. */
export const sixtyWords = Array.from({ length: 60 }, (_, i) => `word${i + 1}`).join(" ");

export const documentArticle = (page: Page) => page.getByRole("article", { name: "Generated document" });

/** Signs this browser in on every app instance of the test (cookies on 127.0.0.1 do not depend on the port). */
export async function signInCookie(context: BrowserContext, cookie: string, server = base) {
  const [name, ...value] = cookie.split("=");
  await context.addCookies([{ name: name!, value: value.join("="), url: server }]);
}

/**
 * Opens the job-description tool on `server`, fills the brief and starts a document that the stub
 * model writes slowly with exactly `reply`. Returns the document's id, once its first words are shown.
 */
export async function startSlowDocument(page: Page, { server = base, title, reply }: { server?: string; title: string; reply: string }) {
  await page.request.post(`${stubUrl}/__stub/queue`, { data: [{ mode: "slow", reply }] });
  const shownBefore = () => new URL(page.url()).searchParams.get("document");
  const before = shownBefore();
  if (!page.url().startsWith(`${server}/tools/job-description`)) await page.goto(`${server}/tools/job-description`);
  await page.getByLabel("Job title").fill(title);
  await page.getByLabel("Company name").fill("Rivers & Co");
  await page.getByLabel("Location").fill("Kraków, Poland");
  // The model last, and checked: a choice made before the page is interactive could be reset when it hydrates.
  const picker = page.getByLabel("Model");
  const label = (await picker.locator("option").allTextContents()).find((l) => l.startsWith("Groq"))!;
  await expect(async () => {
    await picker.selectOption({ label });
    await expect(picker.locator("option:checked")).toHaveText(label, { timeout: 500 });
  }).toPass();
  await page.getByRole("button", { name: /^(Generate|Regenerate)$/ }).click();
  await expect(documentArticle(page)).toContainText(reply.split(" ").slice(0, 3).join(" "));
  // The address names the document being written, so a reload comes back to it.
  await expect.poll(shownBefore).not.toBe(before);
  await expect(page).toHaveURL(/\?document=[a-z0-9]+$/);
  return shownBefore()!;
}
