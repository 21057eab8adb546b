import { expect, test } from "@playwright/test";
import { signedInHr, signedInSeeker } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { corpusFile } from "./support/corpus";

test("HR uploads a candidate's CV, finds it listed with a way to ask about it, and deletes it after confirming", async ({ page }) => {
  await signedInHr(page);
  await page.goto("/chat/candidates");
  await expect(page.getByRole("heading", { name: "Candidate CVs", level: 1 })).toBeVisible();
  await page.getByLabel("Candidate CV file").setInputFiles(corpusFile("resumes/john-doe_openresume-react-pdf.pdf"));
  await expect(page.getByRole("status").filter({ hasText: 'Added "john-doe_openresume-react-pdf.pdf"' })).toBeVisible();

  const row = page.getByRole("listitem").filter({ hasText: "john-doe_openresume-react-pdf" });
  await expect(row).toContainText("Uploaded by Hana Recruiter");
  await expect(row).toContainText("% confidence");
  const ask = row.getByRole("link", { name: "Ask about this CV (john-doe_openresume-react-pdf)" });
  await expect(ask).toHaveAttribute("href", /^\/chat\/new\?cv=[a-z0-9]+$/);
  for (const theme of ["light", "dark"]) {
    await page.evaluate((t) => localStorage.setItem("theme", t), theme);
    await page.reload();
    expect(await seriousViolations(page), theme).toEqual([]);
  }

  // Not one of the HR user's own CVs.
  await page.goto("/copilot");
  await expect(page.getByText("john-doe_openresume-react-pdf")).toHaveCount(0);

  await page.goto("/chat/candidates");
  await row.getByRole("button", { name: "Delete john-doe_openresume-react-pdf" }).click();
  const confirm = row.getByRole("group", { name: "Confirm deleting john-doe_openresume-react-pdf" });
  await confirm.getByRole("button", { name: "Keep it" }).click();
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: "Delete john-doe_openresume-react-pdf" }).click();
  await confirm.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "john-doe_openresume-react-pdf" })).toHaveCount(0);
  await expect(page.getByText("None yet. Uploaded CVs appear here.")).toBeVisible();
});

test("a job seeker is told candidate CVs are for HR, and sees no upload", async ({ page }) => {
  await signedInSeeker(page);
  await page.goto("/chat/candidates");
  await expect(page.getByText("Candidate CVs are for an organisation's HR and admins.")).toBeVisible();
  await expect(page.getByLabel("Candidate CV file")).toHaveCount(0);
});
