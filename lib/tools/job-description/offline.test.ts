import { describe, expect, it } from "vitest";
import { draftJobDescription } from "@/lib/tools/job-description/offline";
import { jobDescriptionDefaults, jobDescriptionSchema, type JobDescriptionInput } from "@/lib/tools/job-description/schema";

const brief = (overrides: Partial<JobDescriptionInput> = {}): JobDescriptionInput =>
  jobDescriptionSchema.parse({
    ...jobDescriptionDefaults,
    title: "Payroll Specialist",
    companyName: "Nordwind Logistik",
    department: "Finance",
    seniority: "senior",
    yearsExperience: "4",
    workMode: "on-site",
    location: "Hamburg, Germany",
    aboutCompany: "We move freight across the Baltic.",
    responsibilities: "Run monthly payroll for 800 employees\n- Reconcile pension contributions",
    requiredSkills: "DATEV\nGerman tax law",
    preferredSkills: "SAP HCM",
    qualifications: "Certified payroll accountant",
    salaryMin: "58000",
    salaryMax: "70000",
    currency: "EUR",
    benefits: "Job ticket\nCompany pension",
    ...overrides,
  });

describe("offline job description", () => {
  it("uses every input of the brief", () => {
    const text = draftJobDescription(brief());
    for (const expected of [
      "# Payroll Specialist",
      "Nordwind Logistik",
      "Finance",
      "We move freight across the Baltic.",
      "- Run monthly payroll for 800 employees.",
      "- Reconcile pension contributions.",
      "- DATEV\n",
      "- German tax law\n",
      "- Certified payroll accountant\n",
      "- SAP HCM\n",
      "4+ years of relevant experience",
      "€58,000 – €70,000 per year",
      "- Job ticket\n",
      "- Company pension\n",
      "On-site at our office in Hamburg, Germany.",
      "full-time",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("has every section a job posting needs, in order", () => {
    const headings = draftJobDescription(brief())
      .split("\n")
      .filter((l) => l.startsWith("#"));
    expect(headings).toEqual([
      "# Payroll Specialist",
      "## About Nordwind Logistik",
      "## The role",
      "## What you will do",
      "## What you bring",
      "### Required",
      "### Nice to have",
      "## Compensation and benefits",
      "## Location and working model",
      "## Equal opportunity",
      "## How to apply",
    ]);
  });

  it("says so when no salary is given, and leaves out empty sections", () => {
    const text = draftJobDescription(brief({ salaryMin: "", salaryMax: "", preferredSkills: "", benefits: "" }));
    expect(text).toContain("Compensation is competitive and will be discussed");
    expect(text).not.toContain("### Nice to have");
    expect(text).not.toMatch(/€|\$/);
  });

  it("describes remote roles without inventing an office", () => {
    const text = draftJobDescription(brief({ workMode: "remote", location: "" }));
    expect(text).toContain("## Location and working model\n\nRemote.");
    expect(text).not.toContain("office");
  });

  it("keeps names as typed and turns duties into sentences", () => {
    const text = draftJobDescription(brief({ preferredSkills: "dbt", responsibilities: "ship the iOS app\niOS release process" }));
    expect(text).toContain("- dbt\n");
    expect(text).toContain("- Ship the iOS app.");
    expect(text).toContain("- iOS release process.");
  });

  it("is deterministic", () => {
    expect(draftJobDescription(brief())).toBe(draftJobDescription(brief()));
  });
});

describe("job description brief", () => {
  it("explains a salary range that runs backwards", () => {
    const result = jobDescriptionSchema.safeParse({
      ...jobDescriptionDefaults,
      title: "A",
      companyName: "B",
      location: "C",
      salaryMin: "90000",
      salaryMax: "50000",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["salaryMax"], message: "Maximum salary must be at least the minimum" });
  });

  it("asks for a location unless the role is remote", () => {
    const onSite = jobDescriptionSchema.safeParse({ ...jobDescriptionDefaults, title: "A", companyName: "B", workMode: "on-site" });
    expect(onSite.error?.issues.map((i) => i.path[0])).toEqual(["location"]);
    expect(jobDescriptionSchema.safeParse({ ...jobDescriptionDefaults, title: "A", companyName: "B", workMode: "remote" }).success).toBe(true);
  });
});
