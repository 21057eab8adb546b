import { describe, expect, it } from "vitest";
import { postingLines } from "@/lib/jobs/read/lines";
import { postingUnits, sentencesOf } from "@/lib/jobs/read/units";

describe("posting lines and units", () => {
  it("puts back line breaks a DOCX lost and joins lines wrapped in mid-sentence", () => {
    const lines = postingLines(
      "Keep records up to date.Necessary prerequisites - skills\nRequirements: 4+ years of Python; deep knowledge of async programming\nwith asyncio.",
    );
    expect(lines.map((l) => l.text)).toEqual([
      "Keep records up to date.",
      "Necessary prerequisites - skills",
      "Requirements: 4+ years of Python; deep knowledge of async programming with asyncio.",
    ]);
  });

  it("does not end a sentence at an abbreviation", () => {
    expect(sentencesOf("Experience with finance systems (e.g. Oracle, SAP). Fluent English.")).toEqual([
      "Experience with finance systems (e.g. Oracle, SAP).",
      "Fluent English.",
    ]);
  });

  it("gives each clause its section, and marks obliging sentences wherever they stand", () => {
    const units = postingUnits(postingLines("We build maps.\nYou must know Go.\nRequirements:\n- SQL; Python\nBenefits:\n- Gym"));
    expect(units.map((u) => [u.text, u.section, u.obliges])).toEqual([
      ["We build maps.", "intro", false],
      ["You must know Go.", "intro", true],
      ["SQL", "required", false],
      ["Python", "required", false],
      ["Gym", "other", false],
    ]);
  });
});
