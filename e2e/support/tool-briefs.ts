import type { Page } from "@playwright/test";
import type { ToolSlug } from "@/lib/tools/registry";

/** For each tool: how to fill its form, and a value that must appear in every export. */
export const toolBriefs: Record<ToolSlug, { marker: string; fill: (page: Page, marker: string) => Promise<void> }> = {
  "job-description": {
    marker: "Hydrologist",
    fill: async (page, marker) => {
      await page.getByLabel("Job title").fill(`Senior ${marker}`);
      await page.getByLabel("Company name").fill("Rivers & Co");
      await page.getByLabel("Location").fill("Kraków, Poland");
      await page.getByLabel("Responsibilities").fill("Model flood risk for the Vistula basin");
    },
  },
  "offer-letter": {
    marker: "Zofia Wiśniewska",
    fill: async (page, marker) => {
      await page.getByLabel("Candidate name").fill(marker);
      await page.getByLabel("Position").fill("Hydrologist");
      await page.getByLabel("Start date").fill("2027-03-01");
      await page.getByLabel("Offer expiry date").fill("2027-02-01");
      await page.getByLabel("Base salary").fill("98000");
      await page.getByLabel("Company name").fill("Rivers & Co");
      await page.getByLabel("Company address").fill("ul. Floriańska 3\n31-019 Kraków");
      await page.getByLabel("Signatory name").fill("Jan Nowak");
      await page.getByLabel("Signatory title").fill("Head of People");
    },
  },
  "interview-questions": {
    marker: "Floodplain modelling",
    fill: async (page, marker) => {
      await page.getByLabel("Role").fill("Hydrologist");
      await page.getByLabel("Competencies and skills to probe").fill(`${marker}\nStakeholder communication`);
      await page.getByLabel("Number of questions").fill("4");
    },
  },
  "onboarding-plan": {
    marker: "Łucja Kowalczyk",
    fill: async (page, marker) => {
      await page.getByLabel("New hire's name").fill(marker);
      await page.getByLabel("Role").fill("Hydrologist");
      await page.getByLabel("Start date").fill("2027-03-01");
      await page.getByLabel("Manager").fill("Jan Nowak");
      await page.getByLabel("Systems and accounts").fill("ArcGIS");
    },
  },
  "performance-review": {
    marker: "Ewa Zielińska",
    fill: async (page, marker) => {
      await page.getByLabel("Employee name").fill(marker);
      await page.getByLabel("Role").fill("Hydrologist");
      await page.getByLabel("Review period").fill("H1 2026");
      await page.getByLabel("Strengths, with examples").fill("Clear communication of flood forecasts to city officials");
      await page.getByLabel("Competency ratings").fill("Communication: 4");
    },
  },
};
