import { describe, expect, it } from "vitest";
import { computeFit, fitSchema } from "@/lib/fit/fit";
import { job, november2026, profileWith, requirement } from "@/lib/fit/test-profile";
import type { FitPosting } from "@/lib/fit/score";

const nursePosting: FitPosting = {
  title: "Registered Nurse, Recovery Room",
  requiredSkills: ["Patient Care", "Vital Signs", "IV Therapy", "Medication Administration", "Communication", "Excel"],
  preferredSkills: ["ACLS"],
  requirements: [
    requirement("licence", "Active RN licence", { options: ["Registered Nurse"], line: "Active RN licence in the state is required." }),
    requirement("years", "2+ years of acute care nursing", { years: 2 }),
  ],
};

const nurse = (extra: { certifications?: string[] } = {}) =>
  profileWith({
    jobs: [
      job("Staff Nurse", "06/2016", "02/2019", ["Monitored vital signs and gave IV therapy to post-operative patients"]),
      job("Nurse", "03/2019", null, ["Medication administration and patient care on a 30-bed ward"]),
    ],
    skills: ["Patient Care", "Communication"],
    ...extra,
  });

describe("the fit score over every requirement", () => {
  it("shows a missing licence as a gap with the posting's line, and holds the score under the knock-out cap", () => {
    const fit = computeFit(nurse(), nursePosting, { now: november2026 });
    const licence = fit.requirements.find((r) => r.kind === "licence")!;
    expect(licence).toMatchObject({ status: "missing", postingLine: "Active RN licence in the state is required.", cvLines: [] });
    expect(fit.score).toBeLessThanOrEqual(65);
    expect(fit.cap?.reason).toContain("Active RN licence");
    const registered = computeFit(nurse({ certifications: ["Registered Nurse, Ohio Board of Nursing"] }), nursePosting, { now: november2026 });
    expect(registered.requirements.find((r) => r.kind === "licence")?.status).toBe("met");
    expect(registered.score).toBeGreaterThanOrEqual(70);
  });

  it("scores a different profession low even when a few generic skills match", () => {
    const engineer = profileWith({
      jobs: [job("Software Engineer", "2015", null, ["Built reporting services with SQL and Python"])],
      skills: ["Python", "SQL", "Excel", "Communication", "English"],
    });
    const fit = computeFit(engineer, nursePosting, { now: november2026 });
    expect(fit.requirements.filter((r) => r.status === "met").map((r) => r.label)).toEqual(expect.arrayContaining(["Excel", "Communication"]));
    expect(fit.score).toBeLessThanOrEqual(30);
    expect(fit.cap?.reason).toMatch(/profession/);
  });

  it("places a career changer with real transferable evidence in between", () => {
    const teacherPosting: FitPosting = {
      title: "Primary English Teacher",
      requiredSkills: ["Teaching", "Lesson Planning", "Classroom Management", "Google Slides"],
      preferredSkills: [],
      requirements: [
        requirement("language", "Excellent English", { options: ["English"], level: "C1" }),
        requirement("years", "2+ years of teaching", { years: 2 }),
      ],
    };
    const changer = profileWith({
      jobs: [
        job("HR Technician", "2022", null, ["Onboarding and payroll for 300 staff"]),
        job("Primary School Teacher", "2014", "2022", ["Lesson planning for classes of 25 pupils", "Classroom management and parent meetings"]),
      ],
      languages: ["Spanish (native)", "English (B2)"],
    });
    const fit = computeFit(changer, teacherPosting, { now: november2026 });
    expect(fit.requirements.find((r) => r.kind === "language")?.status).toBe("partial");
    expect(fit.requirements.find((r) => r.kind === "role")?.status).toBe("met");
    expect(fit.score).toBeGreaterThanOrEqual(35);
    expect(fit.score).toBeLessThanOrEqual(69);
  });

  it("never counts a requirement it cannot judge as met, and weighs it less", () => {
    const posting: FitPosting = {
      title: "Backend Engineer",
      requiredSkills: ["Python"],
      preferredSkills: [],
      requirements: [requirement("capacity", "On-call rotation experience")],
    };
    const fit = computeFit(profileWith({ jobs: [job("Backend Engineer", "2019", null)], skills: ["Python"] }), posting, { now: november2026 });
    const unchecked = fit.requirements.find((r) => r.kind === "capacity")!;
    expect(unchecked).toMatchObject({ status: "unknown", weight: 1.5 });
    // Role 6 + Python 3 earned of 6 + 3 + 1.5: 0.857 → 70 + 60 × 0.357 = 91.4.
    expect(fit.score).toBe(91);
  });

  it("reads the years and education of an analysis stored before requirements were listed", () => {
    const fit = computeFit(profileWith({ jobs: [job("Data Analyst", "2025", null)], skills: ["SQL"], degrees: ["BSc Mathematics"] }), {
      title: "Data Analyst",
      requiredSkills: ["SQL"],
      preferredSkills: [],
      yearsOfExperience: 5,
      education: "Master's degree in Statistics",
    });
    expect(fit.requirements.find((r) => r.kind === "years")).toMatchObject({ status: "missing", label: "5+ years of experience" });
    expect(fit.requirements.find((r) => r.kind === "education")).toMatchObject({ status: "partial", cvLines: ["BSc Mathematics"] });
  });

  it("still reads a fit stored before requirements were judged", () => {
    const stored = {
      score: 63,
      requiredMatched: [{ skill: "Go", cvWording: "Golang", cvLine: "Skills: Golang" }],
      preferredMatched: [],
      partial: [],
      requiredMissing: ["Rust"],
      preferredMissing: [],
    };
    expect(fitSchema.parse(stored)).toEqual({ ...stored, requirements: [], cap: null });
  });
});
