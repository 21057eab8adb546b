import { describe, expect, it } from "vitest";
import { monthOf } from "@/lib/fit/years";
import { judgeCapacity } from "@/lib/fit/requirements/capacity";
import { judgeEducation } from "@/lib/fit/requirements/education";
import { judgeLanguage } from "@/lib/fit/requirements/language";
import { judgeLicence } from "@/lib/fit/requirements/licence";
import { alternativesOf, judgeSkills } from "@/lib/fit/requirements/skills";
import { judgeYears } from "@/lib/fit/requirements/years";
import { job, november2026, profileWith, requirement } from "@/lib/fit/test-profile";

const now = monthOf(november2026);

describe("skills", () => {
  it("meets a group of alternatives by any member and names which", () => {
    expect(alternativesOf("Kubernetes or ECS")).toEqual(["Kubernetes", "ECS"]);
    expect(alternativesOf("CI/CD")).toEqual(["CI/CD"]);
    const { judgements } = judgeSkills(profileWith({ skills: ["ECS"] }), ["Kubernetes or ECS"], []);
    expect(judgements[0]).toMatchObject({ status: "met", cvLines: ["Skills: ECS"] });
  });

  it("counts a skill named only in a degree's title as partly met", () => {
    const profile = profileWith({ degrees: ["MSc Finance and Accounting"] });
    const { judgements, requiredMissing } = judgeSkills(profile, ["Accounting"], []);
    expect(judgements[0]).toMatchObject({ status: "partial", cvLines: ["MSc Finance and Accounting"] });
    expect(requiredMissing).toEqual(["Accounting"]);
  });

  it("marks widely shared skills as generic", () => {
    const { judgements } = judgeSkills(profileWith({ skills: ["Excel"] }), ["Excel", "Phlebotomy"], []);
    expect(judgements.map((j) => [j.label, j.generic, j.status])).toEqual([
      ["Excel", true, "met"],
      ["Phlebotomy", false, "missing"],
    ]);
  });
});

describe("years of experience", () => {
  const profile = profileWith({ jobs: [job("Backend Engineer", "01/2021", null, ["Built APIs in Python"]), job("Support Agent", "01/2016", "12/2020")] });

  it("compares all dated years with the minimum, partly met from half of it", () => {
    expect(judgeYears(profile, requirement("years", "5+ years of experience", { years: 5 }), now).status).toBe("met");
    expect(judgeYears(profileWith({ jobs: [job("Engineer", "2020", "2023")] }), requirement("years", "4+ years", { years: 4 }), now)).toMatchObject({
      status: "partial",
      note: "3 of 4 years from your dated jobs.",
    });
    expect(judgeYears(profileWith({ jobs: [job("Engineer", "2022", "2023")] }), requirement("years", "4+ years", { years: 4 }), now).status).toBe("missing");
  });

  it("counts only the jobs that name a skill the requirement names", () => {
    const judged = judgeYears(profile, requirement("years", "4+ years of Python", { years: 4 }), now);
    expect(judged).toMatchObject({ status: "met", cvLines: ["Backend Engineer at Acme, 01/2021 – present"] });
    expect(judgeYears(profile, requirement("years", "6+ years of Python", { years: 6 }), now).status).toBe("partial");
  });

  it("is missing, with a reason, when the CV has no dated job", () => {
    expect(judgeYears(profileWith({}), requirement("years", "2+ years", { years: 2 }), now)).toMatchObject({
      status: "missing",
      note: "Your CV gives no dated jobs.",
    });
  });
});

describe("capacity", () => {
  it("reads leading people from titles and bullets in several languages", () => {
    const lead = profileWith({ jobs: [job("Engineering Manager", "01/2022", null)] });
    const bullet = profileWith({ jobs: [job("Engineer", "01/2019", null, ["Led a team of 5 engineers on payments"])] });
    const spanish = profileWith({ jobs: [job("Ingeniera", "01/2019", null, ["Gestioné un equipo de 4 personas"])] });
    const asked = requirement("capacity", "2+ years leading a team", { years: 2 });
    expect(judgeCapacity(lead, asked, now).status).toBe("met");
    expect(judgeCapacity(bullet, asked, now)).toMatchObject({ status: "met", cvLines: ["• Led a team of 5 engineers on payments"] });
    expect(judgeCapacity(spanish, asked, now).status).toBe("met");
  });

  it("is partly met with fewer years, missing without any sign, and unknown for a capacity it cannot read", () => {
    const recent = profileWith({ jobs: [job("Team Lead", "01/2026", null), job("Developer", "01/2015", "12/2025")] });
    expect(judgeCapacity(recent, requirement("capacity", "3+ years managing people", { years: 3 }), now).status).toBe("missing");
    expect(judgeCapacity(recent, requirement("capacity", "18 months managing people", { years: 1.5 }), now).status).toBe("partial");
    expect(judgeCapacity(profileWith({ jobs: [job("Developer", "2015", "2025")] }), requirement("capacity", "Team leadership"), now).status).toBe("missing");
    expect(judgeCapacity(recent, requirement("capacity", "Experience on call for production systems"), now).status).toBe("unknown");
  });
});

describe("licences", () => {
  it("takes a regulated title as the registration", () => {
    const nurse = profileWith({ jobs: [job("Registered Nurse", "2018", null)] });
    expect(judgeLicence(nurse, requirement("licence", "Active RN licence", { options: ["RN"] }))).toMatchObject({ status: "met" });
  });

  it("meets one of several accepted certifications from the certifications list", () => {
    const accountant = profileWith({ certifications: ["CIMA Certificate in Business Accounting"] });
    expect(judgeLicence(accountant, requirement("licence", "ACCA or CIMA qualified", { options: ["ACCA", "CIMA"] }))).toMatchObject({
      status: "met",
      cvLines: ["CIMA Certificate in Business Accounting"],
    });
  });

  it("is missing when the CV does not state it, and partly met from a degree's title alone", () => {
    expect(judgeLicence(profileWith({ skills: ["Excel"] }), requirement("licence", "Full UK driving licence")).status).toBe("missing");
    expect(judgeLicence(profileWith({ degrees: ["Diploma, CPA preparation programme"] }), requirement("licence", "CPA", { options: ["CPA"] })).status).toBe(
      "partial",
    );
    expect(judgeLicence(profileWith({ summary: "Holds a clean driver's license" }), requirement("licence", "Driving licence")).status).toBe("met");
  });
});

describe("education", () => {
  const asked = requirement("education", "Bachelor's degree in Computer Science", { level: "bachelor" });

  it("lets a higher degree meet a lower requirement", () => {
    expect(judgeEducation(profileWith({ degrees: ["Master of Science in Data Science"] }), asked).status).toBe("met");
    expect(judgeEducation(profileWith({ degrees: ["Grado en Magisterio de Educación Primaria"] }), asked).status).toBe("met");
  });

  it("is partly met one level below, missing further below or without a degree", () => {
    expect(judgeEducation(profileWith({ degrees: ["Associate degree in IT"] }), asked).status).toBe("partial");
    expect(judgeEducation(profileWith({ degrees: ["High school diploma"] }), requirement("education", "PhD in Physics", { level: "doctorate" })).status).toBe(
      "missing",
    );
    expect(judgeEducation(profileWith({}), asked).status).toBe("missing");
  });
});

describe("languages", () => {
  const english = requirement("language", "Excellent English", { options: ["English"], level: "C1" });

  it("is partly met one level below the one asked, and missing further below", () => {
    expect(judgeLanguage(profileWith({ languages: ["Inglés (B2)"] }), english)).toMatchObject({ status: "partial", cvLines: ["Inglés (B2)"] });
    expect(judgeLanguage(profileWith({ languages: ["English (basic)"] }), english).status).toBe("missing");
    expect(judgeLanguage(profileWith({ languages: ["Anglais courant"] }), english).status).toBe("met");
    expect(judgeLanguage(profileWith({ languages: ["Español (nativo) · Inglés (B2)"] }), english).status).toBe("partial");
    const listedOnOneLine = profileWith({});
    listedOnOneLine.languages = ["Español", "Inglés"].map((value) => ({ value, source: "Español (nativo) · Inglés (B2)", confidence: 0.9 }));
    expect(judgeLanguage(listedOnOneLine, english).status).toBe("partial");
    expect(
      judgeLanguage(profileWith({ languages: ["English"] }), requirement("language", "English", { options: ["English"], line: "Excellent written English" }))
        .status,
    ).toBe("met");
  });

  it("counts a listed language without a level, and one the CV is written in by someone who says where they live", () => {
    expect(judgeLanguage(profileWith({ languages: ["German"] }), requirement("language", "German", { options: ["German"] })).status).toBe("met");
    const spanishCv = profileWith({ summary: "Maestra con experiencia en el aula y en la gestión de los equipos de la escuela", location: "Valencia, España" });
    expect(judgeLanguage(spanishCv, requirement("language", "Spanish", { options: ["Spanish"] })).status).toBe("met");
    expect(judgeLanguage(spanishCv, requirement("language", "French", { options: ["French"] })).status).toBe("missing");
  });
});
