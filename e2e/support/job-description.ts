import { expect, type Page } from "@playwright/test";

export type Brief = { title: string; company: string; location: string; responsibility: string; skill: string };

let counter = 0;

export function newBrief(): Brief {
  const n = `${Date.now().toString(36)}${++counter}`;
  return {
    title: `Senior Data Engineer ${n}`,
    company: "Acme Analytics",
    location: "Zürich, Switzerland",
    responsibility: "Design the event pipeline that feeds our pricing models",
    skill: "Apache Kafka",
  };
}

/** Opens the job-description tool and fills the brief through its labelled fields. */
export async function fillJobDescription(page: Page, brief: Brief, model?: RegExp) {
  await page.goto("/tools/job-description");
  await page.getByLabel("Job title").fill(brief.title);
  await page.getByLabel("Department").fill("Data Platform");
  await page.getByLabel("Company name").fill(brief.company);
  await page.getByLabel("Seniority").selectOption("senior");
  await page.getByLabel("Years of experience").fill("5");
  await page.getByLabel("Work mode").selectOption("hybrid");
  await page.getByLabel("Location").fill(brief.location);
  await page.getByLabel("Responsibilities").fill(`${brief.responsibility}\nMentor two engineers`);
  await page.getByLabel("Required skills").fill(`${brief.skill}\nSQL`);
  await page.getByLabel("Preferred skills").fill("dbt");
  await page.getByLabel("Salary from").fill("110000");
  await page.getByLabel("Salary to").fill("135000");
  await page.getByLabel("Currency").selectOption("CHF");
  await page.getByLabel("Benefits").fill("30 days paid leave");
  // The model last, and checked: a choice made before the page is interactive could be reset when it hydrates.
  if (model) {
    const picker = page.getByLabel("Model");
    const label = await optionLabel(page, model);
    await expect(async () => {
      await picker.selectOption({ label });
      await expect(picker.locator("option:checked")).toHaveText(label, { timeout: 500 });
    }).toPass();
  }
}

async function optionLabel(page: Page, pattern: RegExp): Promise<string> {
  const labels = await page.getByLabel("Model").locator("option").allTextContents();
  const label = labels.find((l) => pattern.test(l));
  expect(label, `a model option matching ${pattern} among ${labels.join(", ")}`).toBeTruthy();
  return label as string;
}

export const documentArticle = (page: Page) => page.getByRole("article", { name: "Generated document" });
export const statusLine = (page: Page) => page.getByRole("status").filter({ hasText: /Writing|Written|Stopped|Failed|Starting/ });

/** Follows the "Open in history" link and waits for the document page. Returns its path. */
export async function openInHistory(page: Page): Promise<string> {
  await page.getByRole("link", { name: "Open in history" }).click();
  await expect(page).toHaveURL(/\/history\/[a-z0-9]+$/);
  return new URL(page.url()).pathname;
}

/** A short job description's input, as the tool's form sends it to the generateDocument action. */
export const jobDescriptionInput = (title: string) => ({
  title,
  companyName: "Clinic",
  department: "",
  seniority: "mid",
  yearsExperience: "",
  employmentType: "full-time",
  workMode: "remote",
  location: "",
  aboutCompany: "",
  responsibilities: "",
  requiredSkills: "",
  preferredSkills: "",
  qualifications: "",
  salaryMin: "",
  salaryMax: "",
  currency: "USD",
  salaryPeriod: "year",
  benefits: "",
  language: "en",
  tone: "professional",
});
