import fs from "node:fs";
import path from "node:path";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { stubUrl } from "../playwright.config";
import { startInstance } from "./support/app-instance";
import { corpusFile } from "./support/corpus";
import { base, registerAs } from "./support/server-actions";

const lastAnswer = (page: Page) => page.getByRole("article", { name: "Answer" }).last();
const words = Array.from({ length: 60 }, (_, i) => `word${i + 1}`).join(" ");

async function signIn(context: BrowserContext, server: string, cookie: string) {
  const [name, ...value] = cookie.split("=");
  await context.addCookies([{ name: name!, value: value.join("="), url: server }]);
}

async function conversationOn(page: Page, server: string, cookie: string) {
  const form = new FormData();
  form.set("file", new Blob([fs.readFileSync(corpusFile("resumes/jane-smith_minimal.docx"))]), "jane-smith.docx");
  const uploaded = await fetch(`${server}/api/cvs`, { method: "POST", body: form, headers: { cookie, origin: server } });
  const { id } = (await uploaded.json()) as { id: string };
  await page.goto(`${server}/chat/new?cv=${id}`);
  await page.getByRole("button", { name: "Start the conversation" }).click();
  await expect(page).toHaveURL(/\/chat\/c[a-z0-9]+$/);
  return page.url().split("/").pop()!;
}

async function askSlowly(page: Page, question: string, reply: string) {
  await page.request.post(`${stubUrl}/__stub/queue`, { data: [{ mode: "slow", reply }] });
  await page.getByLabel("Your question").fill(question);
  await page.keyboard.press("Enter");
}

test("a server killed while answering: after the restart the partial answer is shown as interrupted, and the question can be answered again", async ({
  page,
}) => {
  const port = 3103;
  const dir = `.data/e2e-pglite-${port}`;
  fs.rmSync(path.resolve(dir), { recursive: true, force: true });
  let app = await startInstance(port, { PGLITE_DIR: dir, DATABASE_URL: "" });
  try {
    const seeker = await registerAs("seek", { server: app.url });
    await signIn(page.context(), app.url, seeker.cookie);
    await conversationOn(page, app.url, seeker.cookie);
    await page.request.post(`${stubUrl}/__stub/reset`);
    await askSlowly(page, "Tell me everything.", `Cut short: ${words} never-reached.`);
    await expect(lastAnswer(page)).toContainText("Cut short: word1 word2 word3 word4");
    // Give the writer one save of the text it has.
    await page.waitForTimeout(400);
    await app.kill("SIGKILL");
    app = await startInstance(port, { PGLITE_DIR: dir, DATABASE_URL: "" });
    await page.reload();
    const answer = lastAnswer(page);
    await expect(answer).toContainText("Cut short: word1 word2 word3");
    await expect(answer).toContainText("Interrupted: the server stopped while writing this answer.");
    await expect(answer).not.toContainText("never-reached");
    await page.request.post(`${stubUrl}/__stub/queue`, { data: [{ reply: "A whole answer this time." }] });
    await answer.getByRole("button", { name: "Continue: answer again" }).click();
    await expect(lastAnswer(page)).toContainText("A whole answer this time.");
    await expect(page.getByRole("article", { name: "Answer" })).toHaveCount(1);
  } finally {
    await app.kill();
  }
});

test("two instances on one Postgres: a page on the second follows an answer the first writes, and stops it", async ({ page, browser }) => {
  test.skip(!process.env.E2E_DATABASE_URL, "needs the shared Postgres of the Postgres run");
  const second = await startInstance(3104, { DATABASE_URL: process.env.E2E_DATABASE_URL! });
  try {
    const seeker = await registerAs("seek");
    await signIn(page.context(), base, seeker.cookie);
    const id = await conversationOn(page, base, seeker.cookie);
    const elsewhere = await (await browser.newContext()).newPage();
    await signIn(elsewhere.context(), second.url, seeker.cookie);

    await page.request.post(`${stubUrl}/__stub/reset`);
    await askSlowly(page, "Tell me everything.", `Followed: ${words} the-final-word.`);
    await expect(lastAnswer(page)).toContainText("Followed: word1 word2");
    await elsewhere.goto(`${second.url}/chat/${id}`);
    await expect(lastAnswer(elsewhere)).not.toContainText("the-final-word");
    await expect(lastAnswer(elsewhere)).toContainText("the-final-word", { timeout: 30_000 });

    await askSlowly(page, "And again?", `Stopped elsewhere: ${words} never-reached.`);
    await expect(lastAnswer(page)).toContainText("Stopped elsewhere: word1");
    await elsewhere.reload();
    await elsewhere.getByRole("button", { name: "Stop" }).click();
    await expect(lastAnswer(page)).toContainText("Stopped. The answer so far is kept.");
    await expect(lastAnswer(page)).not.toContainText("never-reached");
  } finally {
    await second.kill();
  }
});
