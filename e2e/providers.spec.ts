import { expect, test } from "@playwright/test";
import { stubUrl } from "../playwright.config";
import { signedInHr } from "./support/accounts";
import { documentArticle, fillJobDescription, newBrief, openInHistory, statusLine } from "./support/job-description";
import { readPdfDownload } from "./support/pdf";

test.beforeEach(async ({ request }) => {
  await request.post(`${stubUrl}/__stub/reset`);
});

for (const { name, option, label } of [
  { name: "Ollama", option: /^Ollama · llama3\.2$/, label: "Ollama · llama3.2" },
  { name: "Groq", option: /^Groq · llama-3\.3-70b-versatile$/, label: "Groq · llama-3.3-70b-versatile" },
]) {
  test(`the same job description is written through ${name}, and the page says which model wrote it`, async ({ page }) => {
    await signedInHr(page);
    const brief = newBrief();
    await fillJobDescription(page, brief, option);
    await page.getByRole("button", { name: "Generate" }).click();
    await expect(statusLine(page)).toHaveText(`Written by ${label}. Saved to history.`);
    const article = documentArticle(page);
    await expect(article.getByRole("heading", { level: 1, name: brief.title })).toBeVisible();
    await expect(article).toContainText("written by the stub model");
    await expect(page.getByText("Offline draft —")).toHaveCount(0);

    await openInHistory(page);
    await expect(page.getByText(label).first()).toBeVisible();
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download PDF" }).click();
    const pdf = await readPdfDownload(await downloadPromise);
    expect(pdf.header).toBe("%PDF-");
    expect(pdf.text).toContain(brief.title);
    expect(pdf.text).toContain(`Job description · ${label}`);
  });
}

test("a reasoning model's thinking never reaches the page", async ({ page }) => {
  await signedInHr(page);
  const brief = newBrief();
  await fillJobDescription(page, brief, /deepseek-r1/);
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(statusLine(page)).toHaveText(/Written by Ollama · deepseek-r1:8b/);
  await expect(documentArticle(page)).toContainText(brief.title);
  await expect(documentArticle(page)).not.toContainText("Considering the brief");
});

test("when the chosen model fails before writing, the next model in the chain writes the document", async ({ page, request }) => {
  await signedInHr(page);
  const brief = newBrief();
  await fillJobDescription(page, brief, /^Groq/);
  // Groq answers 500 to the first call and to its retry; Ollama is next in the chain.
  await request.post(`${stubUrl}/__stub/queue`, { data: ["fail-500", "fail-500"] });
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(statusLine(page)).toHaveText("Written by Ollama · llama3.2. Saved to history.");
  await expect(documentArticle(page)).toContainText(brief.title);
});

test("a model that breaks off mid-answer: the user sees why, keeps the inputs, and history keeps the partial text", async ({ page, request }) => {
  await signedInHr(page);
  const brief = newBrief();
  await fillJobDescription(page, brief, /^Ollama · llama3\.2$/);
  await request.post(`${stubUrl}/__stub/queue`, { data: ["malformed"] });
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(statusLine(page)).toHaveText("Failed.");
  await expect(page.getByText("The model's answer broke off. What it wrote so far is saved; try again.")).toBeVisible();
  // With the request's id, which the operator finds on every log line of that request.
  await expect(page.getByText(/broke off\. .* \(Reference: [\w.:-]{8,64}\)/)).toBeVisible();
  await expect(page.getByLabel("Job title")).toHaveValue(brief.title);
  await expect(page.getByLabel("Responsibilities")).toHaveValue(new RegExp(brief.responsibility));

  await page.goto("/history");
  await page.getByRole("link", { name: new RegExp(brief.title) }).click();
  await expect(page.getByText("Failed", { exact: true })).toBeVisible();
  await expect(page.getByText("The model failed while writing.")).toBeVisible();
  await expect(documentArticle(page)).toContainText(brief.title.split(" ")[0]!);
});
