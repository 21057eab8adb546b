import { describe, expect, it } from "vitest";
import { jobDoubts, profileProblems } from "@/lib/cv/job-doubts";
import { emptyProfile, sourced, type Experience } from "@/lib/cv/profile";
import { editedSource } from "@/lib/cv/profile-edits";

const line = "Data Analyst | Initech Ltd | Mar 2019 – Jun 2021";
const wholeJob = (): Experience => ({
  title: sourced("Data Analyst", line, 0.85),
  company: sourced("Initech Ltd", line, 0.85),
  location: null,
  start: sourced("Mar 2019", line, 0.85),
  end: sourced("Jun 2021", line, 0.85),
  current: false,
  bullets: [sourced("Built weekly sales dashboards", "• Built weekly sales dashboards", 0.8)],
});
const reasons = (job: Experience) => jobDoubts(job).map((d) => d.reason);

describe("job doubts", () => {
  it("finds nothing to check in a job with a title, a company, dates and bullets", () => {
    expect(jobDoubts(wholeJob())).toEqual([]);
  });

  it("names each missing part, and a current job with only a start date has its dates", () => {
    const job = { ...wholeJob(), title: null, company: null, start: null, end: null, bullets: [] };
    expect(reasons(job)).toEqual(["Job title not found", "Company not found", "No dates found", "No bullet points found"]);
    expect(reasons({ ...wholeJob(), end: null, current: true })).toEqual([]);
  });

  it("asks to check values the parser was unsure of, without calling them broken", () => {
    const job = { ...wholeJob(), company: sourced("Initech Ltd", line, 0.5), start: sourced("2019", line, 0.4) };
    expect(jobDoubts(job)).toEqual([
      { field: "company", reason: "Company may be misread", serious: false },
      { field: "dates", reason: "Dates may be misread", serious: false },
    ]);
  });

  it("calls a section heading, a cut-off phrase or a whole sentence read as a title or company broken", () => {
    const withTitle = (title: string) => jobDoubts({ ...wholeJob(), title: sourced(title, title, 0.85) });
    expect(withTitle("Professional Experience")).toEqual([{ field: "title", reason: "Job title looks like a section heading", serious: true }]);
    for (const cut of ["Head of Sales and", "Analyst,", "Engineer (Backend", "and managed the reporting"]) {
      expect(withTitle(cut), cut).toEqual([{ field: "title", reason: "Job title looks cut off", serious: true }]);
    }
    const sentence = "Responsible for building the quarterly revenue forecast used by the finance team";
    expect(withTitle(sentence)).toEqual([{ field: "title", reason: "Job title is very long: it may hold other text", serious: true }]);
    expect(reasons({ ...wholeJob(), company: sourced("2019", line, 0.85) })).toEqual(["Company has no words"]);
  });

  it("accepts brand names in lower case and trusts what the user typed", () => {
    expect(jobDoubts({ ...wholeJob(), company: sourced("eBay", line, 0.85) })).toEqual([]);
    expect(jobDoubts({ ...wholeJob(), title: sourced("Research and", editedSource, 1) })).toEqual([]);
  });
});

describe("profile problems", () => {
  it("lists a missing name and the serious doubts of each job, by number and name", () => {
    const profile = { ...emptyProfile(), experience: [wholeJob(), { ...wholeJob(), company: null, start: null, end: null, bullets: [] }] };
    expect(profileProblems(profile)).toEqual(["Your name is missing", "Job 2 (Data Analyst): Company not found; No dates found"]);
    expect(profileProblems({ ...profile, name: sourced("Ana Lima", "Ana Lima", 0.9), experience: [wholeJob()] })).toEqual([]);
  });
});
