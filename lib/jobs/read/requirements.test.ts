import { describe, expect, it } from "vitest";
import { analyzePosting } from "@/lib/jobs/analyze";

const requirements = (text: string) => analyzePosting(text).requirements;

describe("posting requirements beyond skills", () => {
  it("years: the minimum total years, with the line it was read from", () => {
    const line = "- 6+ years' experience in accounting";
    expect(requirements(`Requirements:\n${line}`)).toEqual([
      {
        kind: "years",
        label: "6+ years' experience in accounting",
        line: "6+ years' experience in accounting",
        required: true,
        years: 6,
        options: [],
        level: null,
      },
    ]);
  });

  it("capacity: years or experience in a specific capacity, labelled as written", () => {
    const found = requirements("Requirements:\n- 2+ years leading a team of engineers\n- Proven people management experience");
    expect(found).toContainEqual(expect.objectContaining({ kind: "capacity", label: "leading a team", years: 2, required: true }));
    expect(found).toContainEqual(expect.objectContaining({ kind: "capacity", label: "people management", years: null, required: true }));
  });

  it("licence: accepted alternatives as options, a driving licence and a site card", () => {
    const found = requirements("About you:\n- ACCA or CIMA qualified\n- Full UK driving licence\n- Valid CSCS card");
    expect(found).toContainEqual(expect.objectContaining({ kind: "licence", options: ["ACCA", "CIMA"], required: true, line: "ACCA or CIMA qualified" }));
    expect(found).toContainEqual(expect.objectContaining({ kind: "licence", options: ["Driving Licence"] }));
    expect(found).toContainEqual(expect.objectContaining({ kind: "licence", options: ["CSCS Card"] }));
  });

  it("licence: a regulated job title is its licence", () => {
    expect(requirements("Job title: Registered Nurse\nWhat you'll do: take vital signs.")).toContainEqual(
      expect.objectContaining({ kind: "licence", label: "Registered Nurse", required: true }),
    );
  });

  it("education: the level and the accepted fields, not required when preferred", () => {
    const found = requirements("Requirements:\n- Bachelor's degree in Accounting, Finance or Economics\n- Master's degree preferred");
    expect(found).toContainEqual(
      expect.objectContaining({ kind: "education", level: "bachelor", options: ["Accounting", "Finance", "Economics"], required: true }),
    );
    expect(found).toContainEqual(expect.objectContaining({ kind: "education", level: "master", required: false }));
    expect(requirements("Requisitos:\n- NVQ Level 3 in Electrical Installation")).toContainEqual(
      expect.objectContaining({ kind: "education", level: "vocational", options: ["Electrical Installation"] }),
    );
  });

  it("language: options in English whatever the posting's language, and the level written next to each", () => {
    expect(requirements("Requisitos:\n- Inglés nivel B2")).toContainEqual(expect.objectContaining({ kind: "language", options: ["English"], level: "B2" }));
    const two = requirements("Ihr Profil:\n- Fließend Deutsch und Englisch auf C1-Niveau");
    expect(two).toContainEqual(expect.objectContaining({ kind: "language", options: ["German"], level: "Fließend" }));
    expect(two).toContainEqual(expect.objectContaining({ kind: "language", options: ["English"], level: "C1" }));
    expect(requirements("Requirements:\n- Fluent English or Spanish")).toContainEqual(
      expect.objectContaining({ kind: "language", options: ["English", "Spanish"], level: "Fluent" }),
    );
  });

  it("marks preferred requirements as not required, and reads none from eligibility conditions", () => {
    const found = requirements("Requirements:\n- 5+ years' experience, ideally in manufacturing\n- German (nice to have)\n- Must be a US citizen");
    expect(found).toEqual([
      expect.objectContaining({ kind: "years", years: 5, required: true }),
      expect.objectContaining({ kind: "language", options: ["German"], required: false }),
    ]);
  });
});
