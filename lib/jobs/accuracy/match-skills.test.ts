import { describe, expect, it } from "vitest";
import { averageScores, normalizeLabel, sameSkill, scoreList } from "@/lib/jobs/accuracy/match-skills";

describe("scoring a posting's skills against labels", () => {
  it("normalises case, dashes, quotes, spaces and trailing punctuation", () => {
    expect(normalizeLabel("  Problem\u2013Solving. ")).toBe("problem-solving");
    expect(normalizeLabel("Customer\u2019s  needs;")).toBe("customer's needs");
  });

  it("matches through the catalogue's aliases, translations included", () => {
    expect(sameSkill("Inglés", "English")).toBe(true);
    expect(sameSkill("continuous integration & deployment", "CI/CD")).toBe(true);
    expect(sameSkill("MFA", "Multi-Factor Authentication")).toBe(true);
    expect(sameSkill("Python", "Java")).toBe(false);
  });

  it("matches one to one, and scores empty lists as the corpus says", () => {
    expect(scoreList(["Power BI", "PowerBI", "SQL"], ["Power BI", "Excel"])).toMatchObject({ matched: 1, precision: 1 / 3, recall: 1 / 2, misses: ["Excel"] });
    expect(scoreList([], [])).toMatchObject({ precision: 1, recall: null });
    expect(scoreList(["SQL"], [])).toMatchObject({ precision: 0, recall: null });
  });

  it("averages over labels (micro) and over postings (macro)", () => {
    const scores = [scoreList(["A1"], ["A1"]), scoreList(["B1", "B2", "B3"], ["B1", "B9", "B8", "B7"])];
    expect(averageScores(scores)).toMatchObject({ microPrecision: 2 / 4, microRecall: 2 / 5, macroPrecision: (1 + 1 / 3) / 2, macroRecall: (1 + 1 / 4) / 2 });
  });
});
