import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { stubUrl } from "../playwright.config";
import { signedInSeeker } from "./support/accounts";
import { corpusFile } from "./support/corpus";

async function upload(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto("/copilot");
  await page.getByLabel("CV file").setInputFiles(file);
}

test("a PDF upload shows the preview beside the profile; a correction survives a reload", async ({ page }) => {
  await signedInSeeker(page);
  await upload(page, corpusFile("resumes/john-doe-swe_chromium-two-column.pdf"));
  await expect(page).toHaveURL(/\/copilot\/cvs\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: "john-doe-swe_chromium-two-column" })).toBeVisible();
  // The original PDF is rendered by pdf.js, page by page.
  await expect(page.getByRole("img", { name: "Page 1 of 1" }).locator("canvas")).toBeVisible();

  const form = page.getByRole("form", { name: "Your profile" });
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue("John Doe");
  await expect(form.getByLabel("Email")).toHaveValue("john.doe@email.com");
  await expect(form.getByLabel("Phone")).toHaveValue("+1 (415) 555-0142");
  const job = form.getByRole("group", { name: "Job 1" });
  await expect(job.getByLabel("Job title")).toHaveValue("Senior Software Engineer");
  await expect(job.getByLabel("Company")).toHaveValue("Stripe");
  await expect(form.getByText(/From your CV: .*john\.doe@email\.com/).first()).toBeVisible();
  // The skills sidebar of the second column did not leak into the job's bullets.
  await expect(job.getByRole("listitem").filter({ hasText: "Elasticsearch" })).toHaveCount(0);

  await form.getByLabel("Phone").fill("+1 415 555 0199");
  await form.getByRole("button", { name: "Save 1 correction" }).click();
  await expect(page.getByText("Your corrections are saved.")).toBeVisible();
  await page.reload();
  await expect(form.getByLabel("Phone")).toHaveValue("+1 415 555 0199");
  await expect(page.locator("#field-phone-source")).toHaveText("Edited by you");

  // The original downloads as the same bytes.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the original" }).click();
  const saved = fs.readFileSync(await (await download).path());
  expect(saved.equals(fs.readFileSync(corpusFile("resumes/john-doe-swe_chromium-two-column.pdf")))).toBe(true);

  // The same file again is recognised, not stored twice.
  await upload(page, corpusFile("resumes/john-doe-swe_chromium-two-column.pdf"));
  await expect(page.getByText("You had uploaded this file already")).toBeVisible();
  await page.goto("/copilot");
  await expect(page.getByRole("link", { name: "john-doe-swe_chromium-two-column" })).toHaveCount(1);
});

test("a DOCX dropped on the page is read, shown as text, and can be renamed and deleted", async ({ page }) => {
  await signedInSeeker(page);
  await page.goto("/copilot");
  const bytes = fs.readFileSync(corpusFile("resumes/jane-smith_minimal.docx")).toString("base64");
  const dataTransfer = await page.evaluateHandle((b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], "jane-smith_minimal.docx", { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }));
    return transfer;
  }, bytes);
  await page.getByTestId("cv-dropzone").dispatchEvent("drop", { dataTransfer });
  await expect(page).toHaveURL(/\/copilot\/cvs\//);
  const form = page.getByRole("form", { name: "Your profile" });
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue("Jane Smith");
  await expect(form.getByRole("group", { name: "Job 1" }).getByLabel("Company")).toHaveValue("Acme Corp");
  await expect(form.getByLabel("Phone")).toHaveValue("");
  await expect(page.locator("#field-phone-source")).toHaveText("Not found in your CV");
  await expect(page.getByRole("region", { name: "Preview of your CV" })).toContainText("Senior Engineer at Acme Corp");

  await page.goto("/copilot");
  await page.getByRole("button", { name: "Rename jane-smith_minimal" }).click();
  await page.getByLabel("New name for jane-smith_minimal").fill("Jane for backend roles");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("link", { name: "Jane for backend roles" })).toBeVisible();
  await page.getByRole("button", { name: "Delete Jane for backend roles" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByText("None yet.")).toBeVisible();
});

test("files that cannot be read get a specific message, keep nothing, and the text can be pasted instead", async ({ page }) => {
  await signedInSeeker(page);
  const cases: [string | { name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
    [corpusFile("resumes/edge_password-protected.pdf"), /password-protected/],
    [corpusFile("resumes/jake-gutierrez_scanned-image-only.pdf"), /only images of pages/],
    [{ name: "photo.pdf", mimeType: "application/pdf", buffer: Buffer.from("GIF89a not really a pdf at all") }, /Only PDF and DOCX files can be read/],
    [{ name: "empty.docx", mimeType: "application/octet-stream", buffer: Buffer.alloc(0) }, /no text in it/],
    [{ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") }, /is not a PDF or DOCX/],
    [{ name: "huge.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(6 * 1024 * 1024, 32) }, /limit is 5 MB/],
  ];
  for (const [file, message] of cases) {
    await upload(page, file);
    await expect(page.getByText(message)).toBeVisible();
    await expect(page).toHaveURL(/\/copilot$/);
  }
  await expect(page.getByText("None yet.")).toBeVisible();

  // The server refuses an oversized body itself, whatever the browser checks.
  const big = await page.request.post("/api/cvs", {
    multipart: { file: { name: "big.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(6 * 1024 * 1024, 32) } },
  });
  expect(big.status()).toBe(413);
  expect((await big.json()).error.message).toMatch(/larger than 5 MB/);

  await page.getByText("No file, a scan, or a protected PDF? Paste the text instead").click();
  const paste = page.getByRole("form", { name: "Paste your CV" });
  await paste.getByLabel("Name for this CV").fill("Pasted CV");
  await paste.getByLabel("CV text").fill("Too short");
  await paste.getByRole("button", { name: "Read this CV" }).click();
  await expect(paste.getByText("this is too short")).toBeVisible();
  await expect(paste.getByLabel("Name for this CV")).toHaveValue("Pasted CV");
  await paste
    .getByLabel("CV text")
    .fill(
      "Jake Gutierrez\ng@southwestern.edu\nExperience\nUndergraduate Research Assistant   June 2020 – Present\nTexas A&M University\n• Developed a REST API using FastAPI and PostgreSQL\nSkills\nJava, Python, SQL",
    );
  await paste.getByRole("button", { name: "Read this CV" }).click();
  await expect(page.getByRole("heading", { name: "Pasted CV" })).toBeVisible();
  const form = page.getByRole("form", { name: "Your profile" });
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue("Jake Gutierrez");
  await expect(form.getByRole("group", { name: "Job 1" }).getByLabel("Job title")).toHaveValue("Undergraduate Research Assistant");
});

test("reading a CV again with an AI model keeps only what the CV says", async ({ page, request }) => {
  await signedInSeeker(page);
  await upload(page, corpusFile("resumes/jane-smith_minimal.docx"));
  const form = page.getByRole("form", { name: "Your profile" });
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue("Jane Smith");
  const lines = (await page.getByRole("region", { name: "Preview of your CV" }).innerText()).split("\n");
  const line = (text: string) => lines.findIndex((l) => l.startsWith(text)) + 1;
  expect(line("Skills")).toBeGreaterThan(0);

  // The model answers with the truth plus inventions: a skill, an employer and a degree the CV lacks.
  const answer = {
    name: { value: "Jane Smith", line: line("Jane Smith") },
    email: { value: "jane@example.com", line: line("jane@") },
    phone: null,
    location: null,
    summary: null,
    links: [],
    experience: [
      {
        title: { value: "Senior Engineer", line: line("Senior Engineer") },
        company: { value: "Acme Corp", line: line("Senior Engineer") },
        location: null,
        start: { value: "2020", line: line("Senior Engineer") },
        end: { value: "2023", line: line("Senior Engineer") },
        current: false,
        bullets: [],
      },
      {
        title: { value: "Principal Engineer", line: line("Senior Engineer") },
        company: { value: "Google", line: line("Senior Engineer") },
        location: null,
        start: null,
        end: null,
        current: false,
        bullets: [],
      },
    ],
    education: [{ institution: { value: "MIT", line: line("BS Computer") }, degree: { value: "PhD", line: line("BS Computer") }, start: null, end: null }],
    skills: [
      { value: "Python", line: line("Python") },
      { value: "Rust", line: line("Python") },
    ],
    certifications: [],
    languages: [],
    projects: [],
  };
  await request.post(`${stubUrl}/__stub/queue`, { data: [{ reply: JSON.stringify(answer) }] });
  await page.getByLabel("Read again with").selectOption({ label: "Groq · llama-3.3-70b-versatile" });
  await page.getByRole("button", { name: "Read with AI" }).click();
  await expect(page.getByText("Read again. Values the model could not point to in your CV were left out.")).toBeVisible();
  await expect(page.getByText(/Read by the groq:llama-3\.3-70b-versatile/)).toBeVisible();
  await expect(form.getByRole("group", { name: "Job 2" })).toHaveCount(0);
  const skills = await form.getByLabel("Skills (one per line)").inputValue();
  expect(skills).toContain("Python");
  expect(skills).not.toContain("Rust");
  await expect(page.getByRole("region", { name: "Preview of your CV" })).not.toContainText("MIT");
  await expect(page.getByRole("heading", { name: "Education" })).toHaveCount(1);
  await expect(page.getByText(/PhD/)).toHaveCount(0);
});
