import { describe, expect, it } from "vitest";
import { draftInterviewQuestions } from "@/lib/tools/interview-questions/offline";
import { interviewQuestionsSchema } from "@/lib/tools/interview-questions/schema";
import { draftOfferLetter } from "@/lib/tools/offer-letter/offline";
import { offerLetterDefaults, offerLetterSchema } from "@/lib/tools/offer-letter/schema";
import { draftOnboardingPlan } from "@/lib/tools/onboarding-plan/offline";
import { onboardingPlanSchema } from "@/lib/tools/onboarding-plan/schema";
import { draftPerformanceReview } from "@/lib/tools/performance-review/offline";
import { performanceReviewSchema } from "@/lib/tools/performance-review/schema";
import { draftOffline } from "@/lib/tools/offline";
import { toolSlugs, tools } from "@/lib/tools/registry";

const headings = (md: string) => md.split("\n").filter((l) => /^#{1,3} /.test(l));

describe("offer letter", () => {
  const input = offerLetterSchema.parse({
    ...offerLetterDefaults,
    candidateName: "Amara Okafor",
    candidateAddress: "12 Rue de la Paix\n75002 Paris",
    position: "Product Designer",
    department: "Design",
    reportingManager: "Lena Schulz",
    startDate: "2027-02-01",
    baseSalary: "72000",
    currency: "EUR",
    bonus: "Up to 10% of base salary",
    equity: "2,000 stock options over 4 years",
    signOnBonus: "5,000 with the first salary",
    benefits: "30 days paid leave\nPublic transport pass",
    workLocation: "Paris office",
    probation: "3 months",
    conditions: "Right to work in France\nReference check",
    offerExpiry: "2027-01-15",
    companyName: "Atelier Nord SAS",
    companyAddress: "8 Quai de Jemmapes\n75010 Paris",
    signatoryName: "Claire Martin",
    signatoryTitle: "Head of People",
  });
  const text = draftOfferLetter(input, new Date("2026-12-01T09:00:00Z"));

  it("states every term exactly as given", () => {
    for (const expected of [
      "Amara Okafor",
      "12 Rue de la Paix",
      "75002 Paris",
      "**Product Designer**",
      "in the Design team",
      "reporting to Lena Schulz",
      "**1 February 2027**",
      "€72,000 per year",
      "Up to 10% of base salary",
      "2,000 stock options over 4 years",
      "5,000 with the first salary",
      "- 30 days paid leave",
      "- Public transport pass",
      "Paris office, hybrid",
      "first 3 months",
      "- Right to work in France",
      "- Reference check",
      "**15 January 2027**",
      "Atelier Nord SAS",
      "8 Quai de Jemmapes",
      "**Claire Martin**",
      "Head of People",
      "1 December 2026",
    ])
      expect(text).toContain(expected);
  });

  it("has a signature block and an acceptance section", () => {
    expect(headings(text)).toEqual([
      "# Offer of employment: Product Designer",
      "## Start date and place of work",
      "## Compensation",
      "## Benefits",
      "## Probation",
      "## Conditions of this offer",
      "## Next steps",
      "## Acceptance",
    ]);
    expect(text).toMatch(/Yours sincerely,[\s\S]*Claire Martin[\s\S]*## Acceptance[\s\S]*Signature: _[\s\S]*Date: _/);
  });

  it("leaves out terms that were not given instead of inventing them", () => {
    const bare = draftOfferLetter({ ...input, bonus: "", equity: "", signOnBonus: "", benefits: "", probation: "", conditions: "", offerExpiry: "" });
    expect(bare).not.toMatch(/Bonus|Equity|Sign-on|## Benefits|## Probation|## Conditions|lapses/);
  });

  it("refuses an offer that expires after the start date", () => {
    const result = offerLetterSchema.safeParse({ ...input, offerExpiry: "2027-03-01" });
    expect(result.error?.issues[0]?.path).toEqual(["offerExpiry"]);
  });
});

describe("interview questions", () => {
  const input = interviewQuestionsSchema.parse({
    role: "Support Lead",
    seniority: "lead",
    competencies: "Coaching\nSQL\nHandling conflict",
    interviewType: "behavioural",
    numberOfQuestions: "7",
    durationMinutes: "60",
    language: "en",
  });
  const text = draftInterviewQuestions(input);

  it("writes exactly the number of questions asked for, grouped by competency", () => {
    expect(text.match(/^### Question \d+$/gm)).toHaveLength(7);
    expect(headings(text).filter((h) => h.startsWith("## "))).toEqual([
      "## How to run this interview",
      "## Coaching",
      "## SQL",
      "## Handling conflict",
      "## Overall",
    ]);
  });

  it("gives every question what to listen for, two probes, a 1–5 rubric and room for notes", () => {
    expect(text.match(/\*What a strong answer shows:\*/g)).toHaveLength(7);
    expect(text.match(/\*Follow-up probes:\*\n- .+\n- .+/g)).toHaveLength(7);
    expect(text.match(/\| 5 \| /g)).toHaveLength(7);
    expect(text.match(/\*Notes:\*/g)).toHaveLength(7);
    expect(text).toContain("about 7 minutes per question");
  });
});

describe("onboarding plan", () => {
  const input = onboardingPlanSchema.parse({
    newHireName: "Tomás Silva",
    role: "Data Analyst",
    department: "Finance",
    startDate: "2027-03-01",
    manager: "Ines Duarte",
    buddy: "Rui Costa",
    workMode: "remote",
    systems: "Looker\nSnowflake",
    equipment: "ThinkPad X1",
    firstGoals: "Ship the monthly revenue dashboard",
    language: "en",
  });
  const text = draftOnboardingPlan(input);

  it("covers pre-boarding to day 90 with an owner and a checkpoint for every task", () => {
    expect(headings(text).slice(1)).toEqual([
      "## Pre-boarding",
      "## Day 1 — 1 March 2027",
      "## Week 1",
      "## First 30 days",
      "## Days 31–60",
      "## Days 61–90",
      "## Checkpoints",
    ]);
    const rows = text.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Task"));
    expect(rows.length).toBeGreaterThan(15);
    for (const row of rows)
      expect(
        row
          .split("|")
          .slice(1, -1)
          .every((cell) => cell.trim().length > 0),
      ).toBe(true);
  });

  it("uses every system, device, goal and person given", () => {
    for (const expected of [
      "Create a Looker account",
      "Create a Snowflake account",
      "Ship ThinkPad X1 to Tomás Silva's home address",
      "Ship the monthly revenue dashboard",
      "Rui Costa",
      "Ines Duarte",
      "31 March 2027",
      "30 May 2027",
    ])
      expect(text).toContain(expected);
  });
});

describe("performance review", () => {
  const input = performanceReviewSchema.parse({
    employeeName: "Priya Raman",
    role: "Account Executive",
    reviewPeriod: "H1 2026",
    goals: "Grow renewals by 15% — reached 18%",
    strengths: "Clear communication with enterprise clients in QBRs",
    improvements: "Forecast accuracy: two quarters off by more than 20%",
    competencyRatings: "Communication: 5\nForecasting: 2\nTeamwork: 3",
    managerNotes: "Strong half overall.",
    language: "en",
    tone: "direct",
  });
  const text = draftPerformanceReview(input);

  it("gives each rating its evidence from the notes, or says an example is missing", () => {
    expect(text).toContain("| Communication | 5 — Well above expectations | Clear communication with enterprise clients in QBRs |");
    expect(text).toContain("| Forecasting | 2 — Below expectations | Forecast accuracy: two quarters off by more than 20% |");
    expect(text).toContain("| Teamwork | 3 — Meets expectations | **No example given: add one before sharing.** |");
  });

  it("turns areas to improve into SMART goals and keeps every input", () => {
    expect(text).toMatch(/## Goals for the next period\n\n1\. \*\*Forecast accuracy: two quarters off by more than 20%\.\*\* Specific:/);
    for (const expected of ["Priya Raman", "Account Executive", "H1 2026", "reached 18%", "Strong half overall."]) expect(text).toContain(expected);
  });

  it("explains a rating written the wrong way", () => {
    const result = performanceReviewSchema.safeParse({ ...input, competencyRatings: "Communication: excellent" });
    expect(result.error?.issues[0]?.message).toMatch(/Competency: 1–5/);
  });
});

describe("registry", () => {
  it.each(toolSlugs)("%s has a form field, and so a default, for every input its schema takes", (slug) => {
    expect(Object.keys(tools[slug].defaults).sort()).toEqual(Object.keys(tools[slug].schema.shape).sort());
    expect(tools[slug].fields.map((f) => f.name).sort()).toEqual(Object.keys(tools[slug].schema.shape).sort());
  });
});

describe("offline engine over the registry", () => {
  it.each(toolSlugs)("drafts %s from its defaults plus the required fields only", (slug) => {
    const required = Object.fromEntries(
      tools[slug].fields
        .filter((f) => f.required)
        .map((f) => [f.name, f.kind === "date" ? "2027-01-04" : f.kind === "number" ? "50000" : f.kind === "textarea" ? "Listening" : `Value ${f.name}`]),
    );
    const input = { ...tools[slug].defaults, ...required, ...(slug === "job-description" ? { location: "Lisbon" } : {}) };
    const text = draftOffline({ task: slug, input });
    expect(text.startsWith("# ")).toBe(true);
    expect(text.split("\n").filter((l) => l.startsWith("## ")).length).toBeGreaterThanOrEqual(3);
    for (const value of Object.values(required)) if (value.startsWith("Value")) expect(text).toContain(value);
  });
});
