import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { stubUrl } from "../playwright.config";
import { signedInHr } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { corpusFile } from "./support/corpus";
import { fillJobDescription, jobDescriptionInput, newBrief, statusLine } from "./support/job-description";
import { base, post } from "./support/server-actions";

const cookieOf = async (page: Page) => (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

/** Writes a job description through the tool's action, to the end, and returns the prompt version its page names. */
async function writtenVersion(cookie: string, title: string): Promise<number> {
  const started = await post(
    "app/(app)/tools/actions.ts#generateDocument",
    // A model that reads the prompt file: offline drafts are not counted in the comparison.
    { tool: "job-description", input: jobDescriptionInput(title), modelId: "groq:llama-3.3-70b-versatile" },
    cookie,
    "/tools/job-description",
  );
  const stream = await started.text();
  const id = /"generationId":"([a-z0-9]+)"/.exec(stream)?.[1];
  expect(id, `generation started: ${stream.slice(0, 200)}`).toBeTruthy();
  const page = await (await fetch(`${base}/history/${id}`, { headers: { cookie } })).text();
  const version = /prompt job-description v(\d+)/.exec(page)?.[1];
  expect(version, "the document's page names its prompt version").toBeTruthy();
  return Number(version);
}

test("a document and a chat answer are rated, and the ratings reach the organisation's usage page", async ({ page }) => {
  await signedInHr(page, "Uma Admin");
  const cookie = await cookieOf(page);

  // A document, rated from the tool page once written.
  await fillJobDescription(page, newBrief());
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(statusLine(page)).toContainText("Saved to history", { timeout: 60_000 });
  const documentRating = page.getByRole("group", { name: "Rate this document" });
  await documentRating.getByRole("button", { name: "Thumbs down" }).click();
  await expect(page.getByText("Rating saved.")).toBeVisible();
  await documentRating.getByRole("button", { name: "Add a reason" }).click();
  await page.getByLabel(/^Why\?/).fill("Too long for our careers page");
  await page.getByRole("button", { name: "Save the reason" }).click();
  await expect(page.getByText("Rating and reason saved.")).toBeVisible();

  // The document's page shows the rating as given, and it can be changed there.
  await page.getByRole("link", { name: "Open in history" }).click();
  const historyRating = page.getByRole("group", { name: "Rate this document" });
  await expect(historyRating.getByRole("button", { name: "Thumbs down" })).toHaveAttribute("aria-pressed", "true");
  await expect(historyRating.getByRole("button", { name: "Thumbs up" })).toHaveAttribute("aria-pressed", "false");

  // An answer about a candidate's CV, rated in the chat.
  const form = new FormData();
  form.set("file", new Blob([fs.readFileSync(corpusFile("resumes/alfred-pennyworth-pm_moderncv.pdf"))]), "alfred.pdf");
  const uploaded = await fetch(`${base}/api/candidate-cvs`, { method: "POST", body: form, headers: { cookie, origin: base } });
  expect(uploaded.status).toBeLessThan(300);
  const cvId = ((await uploaded.json()) as { id: string }).id;
  await page.goto(`/chat/new?cv=${cvId}`);
  await page.getByRole("button", { name: "Start the conversation" }).click();
  await page.getByLabel("Your question").fill("Which companies has he worked for?");
  await page.getByRole("button", { name: "Ask", exact: true }).click();
  const answer = page.getByRole("article", { name: "Answer" }).last();
  await expect(answer).toHaveAttribute("aria-busy", "false", { timeout: 60_000 });
  await answer.getByRole("group", { name: "Rate this answer" }).getByRole("button", { name: "Thumbs up" }).click();
  await expect(answer.getByText("Rating saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("article", { name: "Answer" }).last().getByRole("button", { name: "Thumbs up" })).toHaveAttribute("aria-pressed", "true");

  // The admin's usage page: both ratings, the reason, and the requests counted.
  await page.goto("/admin/usage");
  const feedback = page.getByRole("region", { name: "Feedback" });
  await expect(feedback).toContainText("1 thumbs up, 1 thumbs down.");
  const documentRow = feedback.getByRole("row").filter({ hasText: "Too long for our careers page" });
  await expect(documentRow).toContainText("Thumbs down");
  await expect(documentRow).toContainText("Uma Admin");
  await expect(feedback.getByRole("row").filter({ hasText: "A chat answer" })).toContainText("Thumbs up");
  const figure = (term: string) =>
    page
      .getByRole("term")
      .filter({ hasText: new RegExp(`^${term}$`) })
      .locator("xpath=following-sibling::dd[1]");
  await expect(figure("Documents")).toHaveText("1");
  await expect(figure("Chat answers")).toHaveText("1");
  for (const theme of ["light", "dark"]) {
    await page.evaluate((t) => localStorage.setItem("theme", t), theme);
    await page.reload();
    expect(await seriousViolations(page), theme).toEqual([]);
  }
});

test("with a 50/50 split both versions of the prompt write documents, and the usage page compares them", async ({ page }) => {
  await signedInHr(page, "Eve Experimenter");
  const cookie = await cookieOf(page);
  await page.request.post(`${stubUrl}/__stub/reset`);

  await page.goto("/admin/usage");
  const experiment = page.getByRole("region", { name: "Prompt experiments" });
  await experiment.getByLabel(/^Share written with version 4/).fill("50");
  await experiment.getByRole("button", { name: "Save split" }).click();
  await expect(experiment.getByText("Saved: 50% with version 4.")).toBeVisible();

  // Which version serves a document depends on its random id: write until both have served, within a bound
  // whose chance of being reached at 50/50 is one in a billion.
  const served = new Map<number, number>();
  for (let i = 0; i < 30 && served.size < 2; i++) {
    const version = await writtenVersion(cookie, `Split nurse ${i}`);
    served.set(version, (served.get(version) ?? 0) + 1);
  }
  expect([...served.keys()].sort()).toEqual([3, 4]);

  await page.reload();
  const sizes = experiment.getByRole("row").filter({ hasText: "Documents (sample size)" }).getByRole("cell");
  await expect(sizes).toHaveText([String(served.get(3)), String(served.get(4))]);
});
