import { expect, test } from "@playwright/test";
import { Document, Packer, Paragraph } from "docx";
import { signedInSeeker } from "./support/accounts";
import { seriousViolations } from "./support/axe";

// A patient care technician's CV, written here as a DOCX: hospital experience, but no nursing registration.
const cvLines = [
  "Jordan Reyes",
  "jordan.reyes@example.com | (937) 555-0100 | Dayton, OH",
  "Experience",
  "Patient Care Technician, Miami Valley Hospital, 01/2019 – Present",
  "• Monitored vital signs for up to 20 post-operative patients a shift",
  "• Supported patient care and IV therapy set-up on a surgical ward",
  "Nursing Assistant, Kettering Care Home, 06/2016 – 12/2018",
  "• Personal care and mobility support for 12 residents",
  "Education",
  "Associate of Science in Health Sciences, Sinclair College, 2016",
  "Skills",
  "Patient care, Vital signs, Phlebotomy, BLS",
];

const posting = `Recovery Room Nurse
Company: Lakeside Hospital
Location: Dayton, OH

We are hiring a Recovery Room Nurse for our post-anesthesia care unit.
Requirements:
- Active Registered Nurse (RN) licence in Ohio
- 2+ years of acute care nursing experience
- Vital signs monitoring, IV therapy and patient care`;

async function cvDocx(): Promise<Buffer> {
  const document = new Document({ sections: [{ children: cvLines.map((line) => new Paragraph(line)) }] });
  return Packer.toBuffer(document);
}

test("the fit shows a missing licence with the posting's line, and the score stays below full", async ({ page }) => {
  await signedInSeeker(page);
  await page.goto("/copilot");
  await page.getByLabel("CV file").setInputFiles({
    name: "jordan-reyes-pct.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: await cvDocx(),
  });
  await expect(page.getByRole("form", { name: "Your profile" })).toBeVisible();

  await page.goto("/copilot");
  const intake = page.getByRole("form", { name: "Add a job posting" });
  await intake.getByLabel("Job posting", { exact: true }).fill(posting);
  await intake.getByRole("button", { name: "Analyse this posting" }).click();
  const row = page.getByRole("row", { name: /jordan-reyes-pct/ });
  await expect(row).toContainText(/Registered Nurse \(missing\)/);
  await row.getByRole("button", { name: "Tailor jordan-reyes-pct" }).click();

  const score = Number((await page.getByTestId("fit-score").innerText()).split("/")[0]);
  expect(score).toBeLessThan(100);
  const fit = page.getByRole("region", { name: /^Fit:/ });
  const licences = fit.getByRole("group", { name: "Licences and certifications", exact: true });
  const licence = licences.getByRole("listitem").filter({ has: page.getByText("Registered Nurse", { exact: true }) });
  await expect(licence).toContainText("Missing");
  await expect(licence).toContainText("From the posting: Active Registered Nurse (RN) licence in Ohio");
  // What the CV does show is cited from it.
  const skills = fit.getByRole("group", { name: "Skills", exact: true });
  await expect(skills.getByRole("listitem").filter({ has: page.getByText("Vital Signs", { exact: true }) })).toContainText("Met");
  await expect(skills.getByText(/From your CV: .*vital signs/i).first()).toBeVisible();
  await fit.getByText("How the score is computed").click();
  await expect(fit.getByText(/A licence counts only when your CV states it/)).toBeVisible();
  expect(await seriousViolations(page), "application page").toEqual([]);
});
