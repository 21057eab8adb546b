import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { offlineOnlyPort, stubUrl } from "../playwright.config";
import { signedInSeeker } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { corpusFile } from "./support/corpus";
import { base, registerAs } from "./support/server-actions";

const offline = `http://127.0.0.1:${offlineOnlyPort}`;
const cookieOf = async (page: Page) => (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

async function uploadCv(server: string, cookie: string, file: string): Promise<string> {
  const form = new FormData();
  form.set("file", new Blob([fs.readFileSync(corpusFile(file))]), file.split("/").pop()!);
  const response = await fetch(`${server}/api/cvs`, { method: "POST", body: form, headers: { cookie, origin: server } });
  expect(response.status).toBeLessThan(300);
  return ((await response.json()) as { id: string }).id;
}

async function startConversation(page: Page, server: string, cvId: string) {
  await page.goto(`${server}/chat/new?cv=${cvId}`);
  await page.getByRole("button", { name: "Start the conversation" }).click();
  await expect(page).toHaveURL(/\/chat\/c[a-z0-9]+$/);
}

const lastAnswer = (page: Page) => page.getByRole("article", { name: "Answer" }).last();

/** The number the CV view gives the first line holding `text`. */
async function lineNumberOf(page: Page, text: string): Promise<number> {
  const line = page.getByRole("list", { name: "CV text, numbered lines" }).getByRole("listitem").filter({ hasText: text }).first();
  return Number(await line.getAttribute("data-line"));
}

test("the offline engine answers from the CV with citations, and a citation highlights its line", async ({ page }) => {
  const seeker = await registerAs("seek", { server: offline });
  await page.context().addCookies([{ name: seeker.cookie.split("=")[0]!, value: seeker.cookie.split("=").slice(1).join("="), url: offline }]);
  const cvId = await uploadCv(offline, seeker.cookie, "resumes/alfred-pennyworth-pm_moderncv.pdf");
  await startConversation(page, offline, cvId);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel("Your question").fill("Which companies has he worked for?");
  await page.getByRole("button", { name: "Ask", exact: true }).click();
  const answer = lastAnswer(page);
  await expect(answer.getByRole("button", { name: /^Show line \d+ of the CV$/ }).first()).toBeVisible();
  await expect(answer).toHaveAttribute("aria-busy", "false");
  const cited = answer.getByRole("button", { name: /^Show line \d+ of the CV$/ });
  const citedLine = Number(/line (\d+)/.exec((await cited.first().getAttribute("aria-label"))!)![1]);
  await cited.first().click();
  const highlighted = page.locator('[aria-current="true"][data-line]');
  await expect(highlighted).toHaveAttribute("data-line", String(citedLine));
  // The cited line holds an employer the answer names.
  const lineText = (await highlighted.innerText()).replace(/^\d+\s*/, "");
  const answerText = await answer.innerText();
  expect(["Google", "Amazon", "Apple", "Netflix", "Facebook"].some((employer) => lineText.includes(employer) && answerText.includes(employer))).toBe(true);

  // A question the CV cannot answer is declined plainly, with nothing cited.
  await page.getByLabel("Your question").fill("What salary does he expect?");
  await page.getByRole("button", { name: "Ask", exact: true }).click();
  await expect(lastAnswer(page)).toContainText("The CV does not say");
  await expect(lastAnswer(page).getByText("Not in the CV")).toBeVisible();
  await expect(lastAnswer(page).getByRole("button", { name: /^Show line/ })).toHaveCount(0);

  // The conversation is listed under its first question, found by search, renamed and deleted.
  await page.goto(`${offline}/chat?q=salary`);
  const list = page.getByRole("region", { name: "Conversations" }).or(page.locator("section", { has: page.getByRole("heading", { name: "Conversations" }) }));
  await expect(list.getByRole("link", { name: "Which companies has he worked for?" })).toBeVisible();
  await page.goto(`${offline}/chat?cv=${cvId}`);
  await expect(page.getByRole("link", { name: "Which companies has he worked for?" })).toBeVisible();
  await page.goto(`${offline}/chat?q=no-such-words-anywhere`);
  await expect(page.getByText("No conversation matches these words.")).toBeVisible();
  await page.goto(`${offline}/chat`);
  await page.getByRole("button", { name: "Rename Which companies has he worked for?" }).click();
  await page.getByLabel("New name for Which companies has he worked for?").fill("Alfred's employers");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("link", { name: "Alfred's employers" })).toBeVisible();
  await page.getByRole("button", { name: "Delete Alfred's employers" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByRole("link", { name: "Alfred's employers" })).toHaveCount(0);
});

test("with a model: a citation is checked by the server, a reload mid-answer follows it to the end, and Stop keeps the partial answer", async ({
  page,
  request,
}) => {
  await signedInSeeker(page);
  const cvId = await uploadCv(base, await cookieOf(page), "resumes/alfred-pennyworth-pm_moderncv.pdf");
  await startConversation(page, base, cvId);
  const apple = await lineNumberOf(page, "Apple");

  // One claim the cited line holds, one it does not: the second is marked, not shown as fact.
  await request.post(`${stubUrl}/__stub/reset`);
  await request.post(`${stubUrl}/__stub/queue`, {
    data: [{ reply: `He worked at Apple from 2007 to 2012 [L${apple}]. He also led the Microsoft Azure team [L${apple}].` }],
  });
  await page.getByLabel("Your question").fill("Where was he in 2010?");
  await page.keyboard.press("Enter");
  const answer = lastAnswer(page);
  await expect(answer.getByText("He also led the Microsoft Azure team.")).toBeVisible();
  await expect(answer.locator("mark")).toHaveText(/Microsoft Azure.*not found in the CV/);
  await answer
    .getByRole("button", { name: `Show line ${apple} of the CV` })
    .first()
    .click();
  await expect(page.locator('[aria-current="true"][data-line]')).toContainText("Apple");

  // A slow answer: the page is reloaded while it is written, and the reloaded page follows it live.
  const words = Array.from({ length: 40 }, (_, i) => `word${i + 1}`).join(" ");
  await request.post(`${stubUrl}/__stub/queue`, { data: [{ mode: "slow", reply: `Here is a long answer: ${words} and the-final-word.` }] });
  await page.getByLabel("Your question").fill("Tell me everything.");
  await page.keyboard.press("Enter");
  await expect(lastAnswer(page)).toContainText("Here is a long answer: word1 word2 word3");
  await page.reload();
  const resumed = lastAnswer(page);
  await expect(resumed).toContainText("word1");
  await expect(resumed).not.toContainText("the-final-word");
  await expect(resumed).toContainText("the-final-word", { timeout: 30_000 });
  await expect(resumed).toHaveAttribute("aria-busy", "false");

  // Stop: the partial answer is kept, says it was stopped, and is still there after a reload.
  await request.post(`${stubUrl}/__stub/queue`, { data: [{ mode: "slow", reply: `Another long answer: ${words} and never-reached.` }] });
  await page.getByLabel("Your question").fill("And again?");
  await page.keyboard.press("Enter");
  await expect(lastAnswer(page)).toContainText("Another long answer: word1 word2");
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(lastAnswer(page)).toContainText("Stopped. The answer so far is kept.");
  await page.reload();
  await expect(lastAnswer(page)).toContainText("Another long answer");
  await expect(lastAnswer(page)).toContainText("Stopped. The answer so far is kept.");
  await expect(lastAnswer(page)).not.toContainText("never-reached");
});

test("when Groq fails before answering, Ollama answers; an answer that breaks off is kept, marked, and can be asked again", async ({ page, request }) => {
  await signedInSeeker(page);
  const cvId = await uploadCv(base, await cookieOf(page), "resumes/jane-smith_minimal.docx");
  await startConversation(page, base, cvId);
  await request.post(`${stubUrl}/__stub/reset`);
  // Groq answers 500 to the first call and to its retry; Ollama is next in the chain.
  await request.post(`${stubUrl}/__stub/queue`, { data: ["fail-500", "fail-500", { reply: "The CV does not say where she wants to live." }] });
  await page.getByLabel("Your question").fill("Would she relocate?");
  await page.keyboard.press("Enter");
  await expect(lastAnswer(page)).toContainText("The CV does not say where she wants to live.");
  await expect(lastAnswer(page)).toContainText("ollama:llama3.2");

  await request.post(`${stubUrl}/__stub/queue`, { data: ["malformed"] });
  await page.getByLabel("Your question").fill("What does she do?");
  await page.keyboard.press("Enter");
  await expect(lastAnswer(page)).toContainText("This answer could not be finished. What was written is kept.");
  await request.post(`${stubUrl}/__stub/queue`, { data: [{ reply: "A second, complete answer." }] });
  await lastAnswer(page).getByRole("button", { name: "Continue: answer again" }).click();
  await expect(lastAnswer(page)).toContainText("A second, complete answer.");
  await page.reload();
  await expect(page.getByRole("article", { name: "Answer" })).toHaveCount(2);
  await expect(lastAnswer(page)).toContainText("A second, complete answer.");
});

test("a suggested question is asked in one click; a question is dictated, and an answer read aloud, with the browser's own speech", async ({ page }) => {
  // The browser's speech APIs, replaced by fakes that record what the page asks of them.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w.spoken = [];
    class FakeRecognition {
      lang = "";
      onresult: ((event: unknown) => void) | null = null;
      onend: (() => void) | null = null;
      start() {
        setTimeout(() => {
          this.onresult?.({ results: [[{ transcript: "Where did she study?" }]] });
          this.onend?.();
        }, 50);
      }
      stop() {}
    }
    w.SpeechRecognition = FakeRecognition;
    const synthesis = window.speechSynthesis;
    if (synthesis) synthesis.speak = (utterance: SpeechSynthesisUtterance) => void (w.spoken as string[]).push(utterance.text);
  });
  const seeker = await registerAs("seek", { server: offline });
  await page.context().addCookies([{ name: seeker.cookie.split("=")[0]!, value: seeker.cookie.split("=").slice(1).join("="), url: offline }]);
  const cvId = await uploadCv(offline, seeker.cookie, "resumes/jane-smith_minimal.docx");
  await startConversation(page, offline, cvId);

  const suggested = await page.getByRole("heading", { name: "Suggested questions" }).locator("xpath=..").getByRole("button").first().innerText();
  expect(suggested.length).toBeGreaterThan(5);
  await page.getByRole("button", { name: suggested }).click();
  await expect(page.getByRole("listitem").filter({ hasText: suggested }).first()).toBeVisible();
  await expect(lastAnswer(page)).toHaveAttribute("aria-busy", "false");

  await page.getByRole("button", { name: "Dictate" }).click();
  await expect(page.getByLabel("Your question")).toHaveValue("Where did she study?");
  await page.getByRole("button", { name: "Ask", exact: true }).click();
  await expect(page.getByRole("article", { name: "Answer" })).toHaveCount(2);
  await expect(lastAnswer(page)).toHaveAttribute("aria-busy", "false");
  await lastAnswer(page).getByRole("button", { name: "Read aloud" }).click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  expect(spoken).toHaveLength(1);
  // What is read is the answer's text, citations said as CV lines, not as "[L3]".
  const shown = (await lastAnswer(page).locator("p").first().innerText()).split(/\s+/).find((w) => /^[A-Z][a-z]{3,}/.test(w));
  expect(spoken[0]).toContain(shown!);
  expect(spoken[0]).not.toMatch(/\[L\d/);
});
