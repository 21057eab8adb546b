import fs from "node:fs";
import { expect, test } from "@playwright/test";
import mammoth from "mammoth";
import { extractCvText } from "@/lib/cv/extract/extract-cv-text";
import { unsupportedClaims } from "@/lib/tailor/grounding";
import { stubUrl } from "../playwright.config";
import { signedInSeeker } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { corpusFile } from "./support/corpus";
import { readPdfDownload } from "./support/pdf";

const cvFile = corpusFile("resumes/john-doe-swe_chromium-single-column.pdf");
const posting = `Senior Backend Engineer
Company: Globex Payments
Location: Berlin, Germany

We are looking for a Senior Backend Engineer to join our payments platform team.
Requirements:
- 4+ years building services in Go or Python
- PostgreSQL, Redis and Kafka in production
- Docker and Kubernetes
Nice to have:
- Terraform
- Rust`;

test("upload a CV, paste a job, see the fit, tailor the CV, export it and a cover letter with nothing invented", async ({ page }) => {
  await signedInSeeker(page);
  await page.goto("/copilot");
  await page.getByLabel("CV file").setInputFiles(cvFile);
  await expect(page.getByRole("form", { name: "Your profile" })).toBeVisible();

  await page.goto("/copilot");
  const intake = page.getByRole("form", { name: "Add a job posting" });
  await intake.getByLabel("Job posting", { exact: true }).fill(posting);
  await intake.getByRole("button", { name: "Analyse this posting" }).click();
  await expect(page.getByRole("heading", { name: "Senior Backend Engineer" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Globex Payments" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Go, Python, PostgreSQL, Redis, Kafka, Docker, Kubernetes$/ })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Terraform, Rust$/ })).toBeVisible();

  expect(await seriousViolations(page), "job page").toEqual([]);
  // The CV ranked for this job, then tailored.
  const row = page.getByRole("row", { name: /john-doe-swe_chromium-single-column/ });
  await expect(row).toContainText(/(?<!\d)\d+\/100/);
  await row.getByRole("button", { name: "Tailor john-doe-swe_chromium-single-column" }).click();
  await expect(page.getByRole("heading", { name: "Senior Backend Engineer at Globex Payments" })).toBeVisible();
  const score = Number((await page.getByTestId("fit-score").innerText()).split("/")[0]);
  expect(score).toBeGreaterThan(60);
  await expect(page.getByText("Required skills missing").locator("..")).toContainText("None.");
  await expect(page.getByText(/From your CV: .*Kafka/).first()).toBeVisible();
  await expect(page.getByText("Rust is required")).toHaveCount(0);

  expect(await seriousViolations(page), "application page").toEqual([]);
  // Reject the new skill order: the tailored CV keeps the CV's own order; accept it again.
  const skillsChange = page.getByRole("group", { name: "Skills: the ones this job asks for first" });
  await skillsChange.getByRole("button", { name: "Reject" }).click();
  await expect(skillsChange.getByText("Rejected: your CV's version is used")).toBeVisible();
  await expect(page.getByRole("article", { name: "Tailored CV" })).toContainText("Go, Python, Node.js");
  await skillsChange.getByRole("button", { name: "Accept" }).click();
  await expect(skillsChange.getByText("Accepted", { exact: true })).toBeVisible();

  // Export the tailored CV: a real PDF, the round-trip check, nothing the CV does not say.
  const cvText = (await extractCvText(new Uint8Array(fs.readFileSync(cvFile)), { maxBytes: 5 << 20 })).lines.join("\n");
  const tailoredSection = page.getByRole("region", { name: "Tailored CV" });
  const pdfDownload = page.waitForEvent("download");
  await tailoredSection.getByRole("button", { name: "Download PDF" }).first().click();
  const pdf = await readPdfDownload(await pdfDownload);
  expect(pdf.header).toBe("%PDF-");
  expect(pdf.text).toContain("John Doe");
  expect(pdf.text).toContain("Stripe");
  expect(unsupportedClaims(pdf.text.replace(/Page \d+ of \d+/g, "").replace(/\bCV\b/g, ""), cvText)).toEqual([]);
  await expect(page.getByRole("status", { name: "Round-trip check" })).toContainText(
    /Round-trip check: (all \d+ fields were read back|\d+ of \d+ fields were read back)/,
  );

  // The cover letter: 250–400 words, to the company, grounded, as PDF and DOCX.
  await page.getByRole("button", { name: "Write the cover letter" }).click();
  const letter = page.getByRole("article", { name: "Cover letter" });
  await expect(letter).toContainText("Dear Globex Payments hiring team,");
  const words = Number(/(?<!\d)(\d+) words/.exec(await page.getByText(/(?<!\d)\d+ words, addressed to Globex Payments/).innerText())![1]);
  expect(words).toBeGreaterThanOrEqual(250);
  expect(words).toBeLessThanOrEqual(400);
  const letterSection = page.getByRole("region", { name: "Cover letter" });
  const letterPdf = page.waitForEvent("download");
  await letterSection.getByRole("button", { name: "Download PDF" }).click();
  const letterText = (await readPdfDownload(await letterPdf)).text;
  expect(letterText).toContain("Globex Payments");
  expect(unsupportedClaims(letterText.replace(/Page \d+ of \d+/g, ""), `${cvText}\nSenior Backend Engineer\nGlobex Payments`)).toEqual([]);
  const letterDocx = page.waitForEvent("download");
  await letterSection.getByRole("button", { name: "Download DOCX" }).click();
  const docx = await mammoth.extractRawText({ path: await (await letterDocx).path() });
  expect(docx.value).toContain("Dear Globex Payments hiring team,");

  // The board: move the application along.
  await page.getByLabel("Application status").selectOption("APPLIED");
  await expect(page.getByLabel("Application status")).toBeEnabled(); // the save has finished
  await page.goto("/copilot/applications");
  await expect(page.getByRole("region", { name: "Applied (1)" })).toContainText("Senior Backend Engineer at Globex Payments");
  await page.getByLabel("Status of Senior Backend Engineer at Globex Payments").selectOption("INTERVIEWING");
  await expect(page.getByLabel("Status of Senior Backend Engineer at Globex Payments")).toBeEnabled();
  await page.reload();
  await expect(page.getByRole("region", { name: "Interviewing (1)" })).toContainText("Senior Backend Engineer at Globex Payments");
  expect(await seriousViolations(page), "board").toEqual([]);

  await page.getByRole("link", { name: "Senior Backend Engineer at Globex Payments" }).click();
  await page.getByRole("button", { name: "Delete this application" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page).toHaveURL(/\/copilot\/applications$/);
  await expect(page.getByText("None yet.")).toBeVisible();
});

test("a posting uploaded as a file is read; a file that is not text is refused with a reason", async ({ page }) => {
  await signedInSeeker(page);
  await page.goto("/copilot");
  await page.getByLabel("Job posting file").setInputFiles(corpusFile("jobs/web-developer_jsonresume.job.json"));
  await expect(page.getByRole("heading", { name: "Web Developer" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Microsoft" })).toBeVisible();
  await page.goto("/copilot");
  await page
    .getByLabel("Job posting file")
    .setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 4, 0, 0, 0, 0]) });
  await expect(page.getByText("Job postings can be PDF, DOCX or text files")).toBeVisible();
});

test("rewording with AI keeps only what the CV supports and lists what it took out", async ({ page, request }) => {
  await signedInSeeker(page);
  await page.goto("/copilot");
  await page.getByLabel("CV file").setInputFiles(cvFile);
  await expect(page.getByRole("form", { name: "Your profile" })).toBeVisible();
  await page.goto("/copilot");
  await page.getByRole("form", { name: "Add a job posting" }).getByLabel("Job posting", { exact: true }).fill(posting);
  await page.getByRole("button", { name: "Analyse this posting" }).click();
  await page.getByRole("button", { name: "Tailor john-doe-swe_chromium-single-column" }).click();
  await expect(page.getByRole("heading", { name: "Tailored CV" })).toBeVisible();

  await request.post(`${stubUrl}/__stub/queue`, {
    data: [
      {
        reply: JSON.stringify({
          summary: "Staff engineer at Google with 12 years of Rust.",
          bullets: [
            { id: "0.0", text: "Led 40 engineers at Google building Rust services" },
            {
              id: "0.1",
              text: "Led migration of legacy payment reconciliation service to event-driven microservices architecture, improving system reliability from 99.5% to 99.99% uptime",
            },
          ],
        }),
      },
    ],
  });
  await page.getByLabel("Reword with").selectOption({ label: "Groq · llama-3.3-70b-versatile" });
  await page.getByRole("button", { name: "Reword with AI" }).click();
  await expect(page.getByText(/Reworded: \d+ changes proposed, \d+ invented claims taken out\./)).toBeVisible();
  const note = page.getByRole("note", { name: "Claims taken out" });
  await expect(note).toContainText("Google");
  await expect(note).toContainText("Rust");
  const tailored = page.getByRole("article", { name: "Tailored CV" });
  await expect(tailored).toContainText("improving system reliability from 99.5% to 99.99% uptime");
  await expect(tailored).not.toContainText("Google");
  await expect(tailored).not.toContainText("40 engineers");

  // The letter by AI: the line with an invented employer is taken out and named.
  const filler = "I enjoy careful work with colleagues who care about quality and about the people who use what we build.";
  const aiLetter = [
    "Dear Globex Payments hiring team,",
    "At Stripe I designed a real-time fraud detection pipeline using Kafka and Go.",
    "I also led the payments team at Google for 9 years.",
    ...Array.from({ length: 14 }, () => filler),
    "Sincerely,",
    "John Doe",
  ].join("\n");
  await request.post(`${stubUrl}/__stub/queue`, { data: [{ reply: aiLetter }] });
  await page.getByLabel("or with").selectOption({ label: "Groq · llama-3.3-70b-versatile" });
  await page.getByRole("button", { name: "Write with AI" }).click();
  await expect(page.getByText(/Written by AI\. Taken out because your CV does not say so: .*Google/)).toBeVisible();
  const letter = page.getByRole("article", { name: "Cover letter" });
  await expect(letter).toContainText("fraud detection pipeline");
  await expect(letter).not.toContainText("Google");
});

test("refining a posting with AI keeps only requirements the posting states", async ({ page, request }) => {
  await signedInSeeker(page);
  await page.goto("/copilot");
  await page.getByRole("form", { name: "Add a job posting" }).getByLabel("Job posting", { exact: true }).fill(posting);
  await page.getByRole("button", { name: "Analyse this posting" }).click();
  await expect(page.getByRole("heading", { name: "Senior Backend Engineer" })).toBeVisible();
  await request.post(`${stubUrl}/__stub/queue`, {
    data: [
      {
        reply: JSON.stringify({
          title: "Senior Backend Engineer",
          company: "Globex Payments",
          location: "Berlin, Germany",
          seniority: "senior",
          requiredSkills: ["Golang", "Postgres", "Kafka", "Scala"],
          preferredSkills: ["Terraform", "Haskell"],
          yearsOfExperience: 4,
          education: "MSc in Computer Science",
          salary: null,
        }),
      },
    ],
  });
  await page.getByLabel("Refine with").selectOption({ label: "Groq · llama-3.3-70b-versatile" });
  await page.getByRole("button", { name: "Refine with AI" }).click();
  await expect(page.getByText("Refined: 3 required and 1 nice-to-have skills, each named in the posting.")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Go, PostgreSQL, Kafka$/ })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Terraform$/ })).toBeVisible();
  await expect(page.getByText("MSc")).toHaveCount(0);
});
