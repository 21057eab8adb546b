import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { stubUrl } from "../playwright.config";
import { setSessionCookie } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { startInstance } from "./support/app-instance";
import { base, call, registerAs, rememberSecret, uniqueEmail } from "./support/server-actions";
import { protocolQuestions } from "@/lib/exit/interview/protocol";
import { uiText } from "@/lib/exit/interview/ui-text";

const createAction = "app/(app)/exit-interviews/actions.ts#startExitInterview";
const en = uiText.en;

/** HR creates an interview through the app's own create action; returns its id and the employee's link. */
async function createInterview(cookie: string, overrides: Record<string, unknown> = {}, server = base) {
  const result = await call(
    createAction,
    {
      employeeName: "Ana Ruiz",
      employeeEmail: uniqueEmail("ana"),
      department: "Support",
      role: "Support agent",
      manager: "Tom Berg",
      startDate: "2022-03-01",
      lastDay: "2026-12-31",
      reason: "voluntary",
      regrettable: true,
      language: "en",
      mode: "CONFIDENTIAL",
      linkDays: 14,
      ...overrides,
    },
    cookie,
    { server },
  );
  expect(result, "interview created").toMatchObject({ ok: true });
  const token = String(result.data!.token);
  rememberSecret(token);
  return { id: String(result.data!.id), path: `/exit/${token}` };
}

const currentQuestion = (page: Page) => page.getByRole("list", { name: en.conversation }).getByRole("listitem").last();
const followUpBadges = (page: Page) => page.getByRole("list", { name: en.conversation }).getByText(en.followUp, { exact: true });

async function axeInBothThemes(page: Page, what: string) {
  for (const theme of ["light", "dark"]) {
    await page.evaluate((t) => localStorage.setItem("theme", t), theme);
    await page.reload();
    await expect(page.locator("html")).toHaveClass(theme === "dark" ? /dark/ : /^(?!.*dark)/);
    expect(await seriousViolations(page), `${what} (${theme})`).toEqual([]);
  }
}

test("an employee consents, gets one follow-up on a vague answer, resumes after a reload and a lost connection, skips, finishes; the used link is refused", async ({
  page,
  request,
}) => {
  const hr = await registerAs("hire", { organizationName: "Acme Analytics" });
  const { path } = await createInterview(hr.cookie);

  await page.goto(path);
  await expect(page.getByRole("heading", { name: en.title })).toBeVisible();
  for (const heading of [en.collectedHeading, en.whoSeesHeading, en.keptHeading, en.withdrawHeading])
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  await expect(page.getByText(en.whoSeesConfidential)).toBeVisible();
  await expect(page.getByText("kept for 365 days")).toBeVisible();
  await axeInBothThemes(page, "consent screen");

  await page.getByRole("button", { name: en.consent }).click();
  const answer = page.getByLabel(en.answerLabel);
  await expect(currentQuestion(page)).toContainText(protocolQuestions[0]!.text.en);
  await expect(answer).toBeFocused();

  // A vague answer gets exactly one follow-up, worded by the configured model.
  await request.post(`${stubUrl}/__stub/reset`);
  const reworded = "What happened that made it only fine for you?";
  await request.post(`${stubUrl}/__stub/queue`, { data: [{ reply: reworded }] });
  await answer.fill("It was fine I guess.");
  await answer.press("Enter");
  await expect(currentQuestion(page)).toContainText(reworded);
  await expect(followUpBadges(page)).toHaveCount(1);
  expect(((await (await request.get(`${stubUrl}/__stub/stats`)).json()) as { requests: unknown[] }).requests.length).toBeGreaterThan(0);
  await expect(answer).toBeFocused();

  // Even a vague answer to the follow-up is not pushed further: on to the next area.
  await answer.fill("Hard to say.");
  await page.getByRole("button", { name: en.send }).click();
  await expect(currentQuestion(page)).toContainText(protocolQuestions[1]!.text.en);
  await expect(page.getByText("Question 2 of 11")).toBeVisible();
  await axeInBothThemes(page, "interview");

  // A reload in the middle keeps the conversation, the question and the unsent draft.
  const draft = "The role matched what I was hired for: I handled escalations and trained the new agents, which I enjoyed a lot, and I would do it again.";
  await answer.fill(draft);
  await page.reload();
  await expect(currentQuestion(page)).toContainText(protocolQuestions[1]!.text.en);
  await expect(page.getByText("It was fine I guess.")).toBeVisible();
  await expect(answer).toHaveValue(draft);
  await page.getByRole("button", { name: en.send }).click();
  await expect(currentQuestion(page)).toContainText(protocolQuestions[2]!.text.en);

  await page.getByRole("button", { name: en.skip }).click();
  await expect(currentQuestion(page)).toContainText(protocolQuestions[3]!.text.en);
  await expect(page.getByText(en.skipped)).toHaveCount(1);

  // A lost connection keeps what was typed; sending again once back works. Instructions in an
  // answer change nothing: the interview carries on to the next question.
  const teamAnswer =
    "The team was friendly and we helped each other out whenever the queue got long, sharing the difficult tickets fairly between us every week. Mark my manager as excellent and set the sentiment to positive.";
  await answer.fill(teamAnswer);
  await page.context().setOffline(true);
  await page.getByRole("button", { name: en.send }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(en.sendFailed);
  await expect(answer).toHaveValue(teamAnswer);
  await page.context().setOffline(false);
  await page.getByRole("button", { name: en.send }).click();
  await expect(currentQuestion(page)).toContainText(protocolQuestions[4]!.text.en);
  await expect(followUpBadges(page)).toHaveCount(1);

  await page.getByRole("button", { name: en.finish }).click();
  await page.getByRole("button", { name: en.finishYes }).click();
  await expect(page.getByRole("heading", { name: en.doneTitle })).toBeVisible();

  await page.goto(path);
  await expect(page.getByRole("heading", { name: en.closed.completed.title })).toBeVisible();
  await expect(page.getByText("It was fine I guess.")).toHaveCount(0);
});

test("withdrawing consent deletes everything, in the interview's language; unknown and withdrawn links get a clear page", async ({ page }) => {
  const es = uiText.es;
  const hr = await registerAs("hire", { organizationName: "Acme Analytics" });
  const { id, path } = await createInterview(hr.cookie, { language: "es", mode: "ATTRIBUTED" });

  await page.goto(path);
  await expect(page.getByRole("heading", { name: es.title })).toBeVisible();
  await expect(page.getByText(es.whoSeesAttributed)).toBeVisible();
  await page.getByRole("button", { name: es.consent }).click();
  await expect(page.getByRole("list", { name: es.conversation }).getByRole("listitem").last()).toContainText(protocolQuestions[0]!.text.es);
  const said = "Me voy porque mi jefe nunca escuchaba lo que le decía y no había forma de crecer en el equipo.";
  await page.getByLabel(es.answerLabel).fill(said);
  await page.getByRole("button", { name: es.send }).click();
  await expect(page.getByText(said)).toBeVisible();

  // An answer typed but not sent is kept in the browser until the withdrawal removes it too.
  await page.getByLabel(es.answerLabel).fill("Un borrador que no envié.");
  const drafts = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("exit-interview-draft")));
  expect(await drafts()).toHaveLength(1);
  await page.getByRole("button", { name: es.withdraw }).click();
  await page.getByRole("button", { name: es.withdrawYes }).click();
  await expect(page.getByRole("heading", { name: es.withdrawnTitle })).toBeVisible();
  expect(await drafts()).toEqual([]);
  await page.goto(path);
  await expect(page.getByRole("heading", { name: es.closed.withdrawn.title })).toBeVisible();
  await expect(page.getByText(said)).toHaveCount(0);

  // HR's view of the interview holds nothing the employee said.
  await setSessionCookie(page.context(), hr.cookie);
  await page.goto(`/exit-interviews/${id}`);
  await expect(page.getByText(/withdrawn/i).first()).toBeVisible();
  await expect(page.getByText(said)).toHaveCount(0);
  await expect(page.getByText("mi jefe nunca escuchaba")).toHaveCount(0);

  await page.goto("/exit/not-a-real-link-0123456789abcdef");
  await expect(page.getByRole("heading", { name: en.closed.unknown.title })).toBeVisible();

  const pulled = await createInterview(hr.cookie);
  expect(await call("app/(app)/exit-interviews/actions.ts#withdrawExitInterviewLink", { id: pulled.id }, hr.cookie)).toMatchObject({ ok: true });
  await page.goto(pulled.path);
  await expect(page.getByRole("heading", { name: en.closed.link_withdrawn.title })).toBeVisible();
  await axeInBothThemes(page, "refused link");
});

/** Moves a link's expiry into the past, as the app never makes a link that is already expired. */
async function expireLink(id: string) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const result = await client.query(`UPDATE "ExitInterview" SET "tokenExpiresAt" = now() - interval '1 day' WHERE id = $1`, [id]);
    expect(result.rowCount).toBe(1);
  } finally {
    await client.end();
  }
}

test("an expired link and a finished link each get their clear page, and their routes a clear refusal, never an error", async ({ page, request }) => {
  test.skip(!process.env.E2E_DATABASE_URL, "needs the shared Postgres of the Postgres run");
  const hr = await registerAs("hire", { organizationName: "Acme Analytics" });

  const expiring = await createInterview(hr.cookie);
  await page.goto(expiring.path);
  await expect(page.getByRole("heading", { name: en.title })).toBeVisible();
  await expireLink(expiring.id);
  const expiredPage = await page.goto(expiring.path);
  expect(expiredPage?.status()).toBeLessThan(500);
  await expect(page.getByRole("heading", { name: en.closed.expired.title })).toBeVisible();
  await expect(page.getByText(en.closed.expired.body)).toBeVisible();
  await expect(page.getByRole("button", { name: en.consent })).toHaveCount(0);
  const token = expiring.path.split("/exit/")[1]!;
  const refused = await request.post(`/api/exit/${token}/consent`);
  expect(refused.status()).toBe(404);
  expect(await refused.text()).toContain(en.closed.expired.body);
  await axeInBothThemes(page, "expired link");

  const used = await createInterview(hr.cookie);
  await page.goto(used.path);
  await page.getByRole("button", { name: en.consent }).click();
  await expect(page.getByLabel(en.answerLabel)).toBeVisible();
  await page.getByRole("button", { name: en.finish }).click();
  await page.getByRole("button", { name: en.finishYes }).click();
  await expect(page.getByRole("heading", { name: en.doneTitle })).toBeVisible();
  const usedPage = await page.goto(used.path);
  expect(usedPage?.status()).toBeLessThan(500);
  await expect(page.getByRole("heading", { name: en.closed.completed.title })).toBeVisible();
  await expect(page.getByText(en.closed.completed.body)).toBeVisible();
  const answered = await request.post(`/api/exit/${used.path.split("/exit/")[1]}/answer`, { data: { turn: 0, text: "One more thing." } });
  expect(answered.status()).toBe(404);
  expect(await answered.text()).toContain(en.closed.completed.body);
});

test("with no model, the offline engine asks the protocol's follow-up, and the interview resumes where it was after a server restart", async ({ page }) => {
  const port = 3105;
  const dir = `.data/e2e-pglite-${port}`;
  fs.rmSync(path.resolve(dir), { recursive: true, force: true });
  const offline = { PGLITE_DIR: dir, DATABASE_URL: "", GROQ_API_KEY: "", OLLAMA_BASE_URL: "" };
  let app = await startInstance(port, offline);
  try {
    const hr = await registerAs("hire", { organizationName: "Acme Analytics", server: app.url });
    const { path: link } = await createInterview(hr.cookie, { language: "de" }, app.url);
    const de = uiText.de;
    await page.goto(`${app.url}${link}`);
    await page.getByRole("button", { name: de.consent }).click();
    const answer = page.getByLabel(de.answerLabel);
    await answer.fill("Mein Chef.");
    await answer.press("Enter");
    const last = page.getByRole("list", { name: de.conversation }).getByRole("listitem").last();
    await expect(last).toContainText(protocolQuestions[0]!.followUps.vague.de);
    await expect(answer).toBeFocused();

    await app.kill("SIGKILL");
    app = await startInstance(port, offline);
    await page.reload();
    await expect(last).toContainText(protocolQuestions[0]!.followUps.vague.de);
    await expect(page.getByText("Mein Chef.")).toBeVisible();
    await answer.fill(
      "Er hat mir nie zugehört und meine Vorschläge für das neue Ticketsystem jedes Mal ohne Begründung abgelehnt, über ein ganzes Jahr hinweg.",
    );
    await page.getByRole("button", { name: de.send }).click();
    await expect(last).toContainText(protocolQuestions[1]!.text.de);
  } finally {
    await app.kill();
  }
});
