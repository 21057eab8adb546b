import { expect, test, type Page } from "@playwright/test";
import { signedInSeeker } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { corpusFile } from "./support/corpus";
import { call } from "./support/server-actions";

async function upload(page: Page, file: string) {
  await page.goto("/copilot");
  await page.getByLabel("CV file").setInputFiles(file);
  await expect(page).toHaveURL(/\/copilot\/cvs\/[a-z0-9]+$/);
  return /\/copilot\/cvs\/([a-z0-9]+)$/.exec(page.url())![1]!;
}

const sourceOf = (page: Page, path: string) => page.locator(`[id="field-${path}-source"]`);
const cookieOf = async (page: Page) => (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

test("a job's bullets are edited and removed, a missed bullet is added by selecting CV lines, and both survive a reload", async ({ page }) => {
  await signedInSeeker(page);
  const id = await upload(page, corpusFile("resumes/john-doe-swe_chromium-single-column.pdf"));
  const form = page.getByRole("form", { name: "Your profile" });
  const job1 = form.getByRole("group", { name: "Job 1" });
  const job2 = form.getByRole("group", { name: "Job 2" });
  await expect(job1.getByLabel("Bullet 1", { exact: true })).toHaveValue(/^Designed and implemented real-time fraud detection/);
  await expect(sourceOf(page, "experience.0.bullets.0")).toContainText("From your CV: • Designed and implemented real-time fraud detection");
  await expect(job2.getByLabel(/^Bullet \d$/)).toHaveCount(3);

  // A failed save names the field and keeps everything typed.
  const summary = await form.getByLabel("Summary").inputValue();
  await job1.getByLabel("Bullet 1", { exact: true }).fill("Designed a real-time fraud detection pipeline in Kafka and Go");
  await job2.getByRole("button", { name: "Remove bullet 2" }).click();
  await expect(job2.getByText("Bullet 2 will be removed when you save")).toBeVisible();
  await form.getByLabel("Summary").fill("x".repeat(5_001));
  await form.getByRole("button", { name: "Save 3 corrections" }).click();
  await expect(form.getByText("A field can be at most 5,000 characters; this one has 5,001. Shorten it.")).toBeVisible();
  await expect(form.getByText(/Nothing you typed was lost/)).toBeVisible();
  await expect(job1.getByLabel("Bullet 1", { exact: true })).toHaveValue("Designed a real-time fraud detection pipeline in Kafka and Go");
  await form.getByLabel("Summary").fill(summary);
  await form.getByRole("button", { name: "Save 2 corrections" }).click();
  await expect(page.getByText("Your corrections are saved.")).toBeVisible();
  await expect(job2.getByLabel(/^Bullet \d$/)).toHaveCount(2);

  // Missing something: two wrapped lines of the CV, chosen with the keyboard, become one bullet of job 1.
  await page.getByText("Missing something? Add it from your CV").click();
  const adder = page.getByRole("form", { name: "Add from your CV" });
  await adder.getByRole("button", { name: "Add lines" }).click();
  await expect(adder.getByText("Select at least one line of your CV.")).toBeVisible();
  // Lines some value was read from can be hidden, to find what the parser missed.
  const readLine = adder.getByRole("checkbox", { name: /Led migration of legacy payment reconciliation/ });
  await expect(readLine).toHaveCount(1);
  await adder.getByLabel("Show only lines not in your profile").check();
  await expect(readLine).toHaveCount(0);
  await expect(adder.getByRole("checkbox", { name: /^Line \d+ Creator & Maintainer$/ })).toHaveCount(1);
  await adder.getByLabel("Show only lines not in your profile").uncheck();
  const first = adder.getByRole("checkbox", { name: /Built real-time transit prediction application/ });
  const second = adder.getByRole("checkbox", { name: /showcasing full-stack backend and data optimization/ });
  await first.focus();
  await page.keyboard.press("Space");
  await second.focus();
  await page.keyboard.press("Space");
  await expect(adder.getByText("Lines of your CV (2 selected)")).toBeVisible();
  await adder.getByLabel("Where the selected lines go").selectOption({ label: "Add as bullet to Job 1 (Senior Software Engineer at Stripe)" });
  expect(await seriousViolations(page), "profile review").toEqual([]);
  await adder.getByRole("button", { name: "Add 2 lines" }).click();
  await expect(adder.getByText("Added as a bullet to job 1.")).toBeVisible();
  const added = /^Built real-time transit prediction application using .*Winner, showcasing full-stack backend and data optimization capabilities$/;
  await expect(job1.getByLabel("Bullet 4", { exact: true })).toHaveValue(added);

  // A line number past the CV's end is refused by the server, with a message that says why.
  const refused = await call("app/(app)/copilot/cvs/actions.ts#addCvProfileLines", { id, lines: [9_999], to: 0 }, await cookieOf(page));
  expect(refused).toMatchObject({ ok: false, code: "bad_request:cv", message: expect.stringMatching(/^Line 10000 is not in your CV, which has \d+ lines/) });

  await page.reload();
  await expect(job1.getByLabel("Bullet 1", { exact: true })).toHaveValue("Designed a real-time fraud detection pipeline in Kafka and Go");
  await expect(sourceOf(page, "experience.0.bullets.0")).toHaveText("Edited by you");
  await expect(job1.getByLabel("Bullet 4", { exact: true })).toHaveValue(added);
  await expect(sourceOf(page, "experience.0.bullets.3")).toContainText("From your CV: • Built real-time transit prediction application");
  await expect(job2.getByLabel(/^Bullet \d$/)).toHaveCount(2);
  await expect(form.getByLabel("Summary")).toHaveValue(summary);
});

test("a profile without a name warns on the application page, with a link back to the review", async ({ page }) => {
  await signedInSeeker(page);
  const id = await upload(page, corpusFile("resumes/jane-smith_minimal.docx"));
  const form = page.getByRole("form", { name: "Your profile" });
  await form.getByLabel("Name", { exact: true }).fill("");
  await form.getByRole("button", { name: "Save 1 correction" }).click();
  await expect(page.getByText("Your corrections are saved.")).toBeVisible();

  await page.goto("/copilot");
  const intake = page.getByRole("form", { name: "Add a job posting" });
  await intake
    .getByLabel("Job posting", { exact: true })
    .fill("Backend Engineer\nCompany: Globex Payments\n\nWe are hiring a Backend Engineer.\nRequirements:\n- 3+ years of Python\n- PostgreSQL and Docker");
  await intake.getByRole("button", { name: "Analyse this posting" }).click();
  await page
    .getByRole("row", { name: /jane-smith_minimal/ })
    .getByRole("button", { name: "Tailor jane-smith_minimal" })
    .click();
  await expect(page).toHaveURL(/\/copilot\/applications\/[a-z0-9]+$/);
  const application = page.url();

  const notice = page.getByRole("note", { name: "Your profile needs fixing" });
  await expect(notice).toContainText("Your name is missing");
  // The job has a title, a company and dates: only a missing bullet, which is not a broken job.
  await expect(notice).not.toContainText("Job 1");
  await notice.getByRole("link", { name: "Review your profile" }).click();
  await expect(page).toHaveURL(new RegExp(`/copilot/cvs/${id}$`));
  await form.getByLabel("Name", { exact: true }).fill("Jane Smith");
  await form.getByRole("button", { name: "Save 1 correction" }).click();
  await expect(page.getByText("Your corrections are saved.")).toBeVisible();
  await page.goto(application);
  await expect(page.getByRole("heading", { name: "Tailored CV" })).toBeVisible();
  await expect(page.getByRole("note", { name: "Your profile needs fixing" })).toHaveCount(0);
});
