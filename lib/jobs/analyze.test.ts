import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzePosting, detectLanguage } from "@/lib/jobs/analyze";

const jobs = path.resolve(import.meta.dirname, "../../../shared/corpus/jobs");
const read = (file: string) => analyzePosting(fs.readFileSync(path.join(jobs, file), "utf8"));

describe("job posting analysis", () => {
  it("takes stated fields from front matter and the skills from the body", () => {
    const nurse = read("nurse_recovery-room-rn_ppsat.md");
    expect(nurse.title).toBe("Registered Nurse (Recovery Room Nurse)");
    expect(nurse.company).toBe("Planned Parenthood South Atlantic");
    expect(nurse.requiredSkills).toContain("Post-anesthesia Care");
  });

  it("takes the company from an 'About <name>' heading, but not from 'About us' or 'About the role'", () => {
    const posting = (heading: string) =>
      analyzePosting(`Primary Teacher\n\n${heading}\nWe run schools in three cities.\n\nRequirements: English, lesson planning.`).company;
    expect(posting("About Stones2Milestones")).toBe("Stones2Milestones");
    expect(posting("about Acme Learning:")).toBe("Acme Learning");
    expect(posting("About Us")).toBeNull();
    expect(posting("About The Role")).toBeNull();
    expect(posting("About the role")).toBeNull();
  });

  it("reads the JSON Resume job schema", () => {
    const web = read("web-developer_jsonresume.job.json");
    expect(web).toMatchObject({ title: "Web Developer", company: "Microsoft", location: "Berlin, DE" });
    expect(web.requiredSkills).toEqual(expect.arrayContaining(["JavaScript", "React", "Node.js"]));
  });

  it("finds title, seniority, years and skills in prose, and tells required from nice-to-have", () => {
    const backend = read("backend-eng_resume-matcher-fixture.txt");
    expect(backend).toMatchObject({ title: "Senior Backend Engineer", seniority: "senior", yearsOfExperience: 4, language: "en" });
    expect(backend.requiredSkills).toEqual(expect.arrayContaining(["Python", "FastAPI", "PostgreSQL", "Kafka", "Docker", "Kubernetes", "Redis"]));
    expect(backend.preferredSkills).toEqual(expect.arrayContaining(["GitHub Actions", "CircleCI"]));
    expect(backend.requiredSkills).not.toContain("CircleCI");
  });

  it("handles headed sections, salaries and the posting's language", () => {
    const posting = analyzePosting(`Job title: Data Analyst
Company: Globex
Location: Lisbon, Portugal
Salary: €40,000 - €50,000 per year
Requirements:
- 3+ years with SQL and Tableau
Nice to have:
- Python
- Looker`);
    expect(posting).toMatchObject({
      title: "Data Analyst",
      company: "Globex",
      location: "Lisbon, Portugal",
      yearsOfExperience: 3,
      salary: "€40,000 - €50,000 per year",
      seniority: "mid",
    });
    expect(posting.requiredSkills.sort()).toEqual(["SQL", "Tableau"]);
    expect(posting.preferredSkills.sort()).toEqual(["Looker", "Python"]);
    expect(detectLanguage("Buscamos un analista con experiencia en SQL para el equipo de finanzas y con inglés avanzado")).toBe("es");
    expect(detectLanguage("Wir suchen eine Entwicklerin mit Erfahrung in der Cloud und für das Team")).toBe("de");
  });

  it("does not take letters in prose for skills", () => {
    const posting = analyzePosting("Report to the C-level. Section R covers the R-value of insulation. Must know R and C.");
    expect(posting.requiredSkills.sort()).toEqual(["C", "R"]);
    expect(analyzePosting("Report to the C-level team.").requiredSkills).toEqual([]);
  });

  it("applies a bracketed 'nice to have' to its own list item only", () => {
    const posting = analyzePosting("Y sobre todo si dominas: SQL, Power BI, Tableau (deseable), Excel avanzado.");
    expect(posting.requiredSkills).toEqual(["SQL", "Power BI", "Excel"]);
    expect(posting.preferredSkills).toEqual(["Tableau"]);
  });
});

describe("job posting analysis of text made to be slow", () => {
  it("reads 50,000 characters of 'a ' as a posting that states nothing", () => {
    const posting = analyzePosting("a ".repeat(25_000));
    expect(posting).toMatchObject({
      title: null,
      company: null,
      education: null,
      salary: null,
      yearsOfExperience: null,
      seniority: null,
      requiredSkills: [],
      preferredSkills: [],
      language: "en",
    });
  });

  it("finds what a posting says between runs of digits, dashes, spaces and unclosed brackets", () => {
    const run = (unit: string) => unit.repeat(6_000 / unit.length);
    const text = [
      "Job title: Data Engineer",
      run("1."),
      run("-"),
      `${run(" ")}x`,
      run("("),
      run("{{"),
      run("<"),
      run("["),
      "Salary: $120,000 – $150,000 per year.",
      "We require a Bachelor's degree in Computer Science.",
      "5+ years of experience with Python and SQL.",
      "Nice to have: Kafka",
    ].join("\n");
    expect(text.length).toBeLessThanOrEqual(50_000);
    const posting = analyzePosting(text);
    expect(posting).toMatchObject({
      title: "Data Engineer",
      salary: "$120,000 – $150,000 per year",
      education: "We require a Bachelor's degree in Computer Science",
      yearsOfExperience: 5,
    });
    expect(posting.requiredSkills.sort()).toEqual(["Python", "SQL"]);
    expect(posting.preferredSkills).toEqual(["Kafka"]);
  });
});
