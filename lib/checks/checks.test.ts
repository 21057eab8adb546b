import { describe, expect, it } from "vitest";
import { checkInclusiveLanguage, genderBalance } from "@/lib/checks/inclusive-language";
import { checkPayTransparency } from "@/lib/checks/pay-transparency";
import { checkRequirementInflation } from "@/lib/checks/requirement-inflation";
import { checkReviewBias } from "@/lib/checks/review-bias";
import { textLimits } from "@/lib/security/text-limits";

const at = (text: string, quote: string) => text.indexOf(quote);

describe("inclusive language", () => {
  it("finds gender-coded words, ageist, ableist and jargon phrases, pointing at the exact words", () => {
    const text = "We want a young, competitive rockstar who thrives in a crazy fast team and supports colleagues.";
    const findings = checkInclusiveLanguage({ text, brief: {} });
    const byKind = Object.fromEntries(findings.map((f) => [f.kind, f]));
    expect(byKind.ageist).toMatchObject({ quote: "young", start: at(text, "young"), end: at(text, "young") + 5 });
    expect(byKind["masculine-coded"]).toMatchObject({ quote: "competitive", start: at(text, "competitive") });
    expect(byKind.jargon?.quote).toBe("rockstar");
    expect(byKind.ableist?.quote).toBe("crazy");
    expect(byKind["feminine-coded"]?.quote).toBe("supports");
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });

  it("matches whole words only", () => {
    expect(checkInclusiveLanguage({ text: "Youngstown office; our kindergarten partner; the leaderboard.", brief: {} }).map((f) => f.quote)).toEqual([
      "leaderboard",
    ]);
    expect(checkInclusiveLanguage({ text: "You will write clear reports for finance.", brief: {} })).toEqual([]);
  });

  it("scores the gender balance", () => {
    const findings = checkInclusiveLanguage({ text: "Ambitious, assertive, competitive, decisive and independent.", brief: {} });
    expect(genderBalance(findings)).toEqual({ masculine: 5, feminine: 0, verdict: "leans masculine" });
  });
});

describe("requirement inflation", () => {
  const brief = { title: "Data Analyst", requiredSkills: "SQL\nExcel", yearsExperience: "3", qualifications: "" };

  it("flags degrees, certifications, tools and years the brief never asked for", () => {
    const text = "You bring 5+ years of experience, a Master's degree, PMP certification, SQL, Excel and Tableau.";
    const findings = checkRequirementInflation({ text, brief });
    expect(findings.map((f) => [f.kind, f.quote])).toEqual([
      ["years", "5+ years"],
      ["degree", "Master's"],
      ["certification", "PMP"],
      ["tool", "Tableau"],
    ]);
  });

  it("accepts what the brief asked for", () => {
    expect(checkRequirementInflation({ text: "3+ years of experience with SQL and Excel.", brief })).toEqual([]);
    expect(
      checkRequirementInflation({ text: "A bachelor's degree in economics.", brief: { ...brief, qualifications: "Bachelor's degree in economics" } }),
    ).toEqual([]);
  });
});

describe("pay transparency", () => {
  it("warns when a job description has no salary range, and names where one is required", () => {
    const [finding] = checkPayTransparency({ text: "# Nurse\n\n## Compensation and benefits\n\nCompetitive.", brief: { salaryMin: "", salaryMax: "" } });
    expect(finding?.quote).toBe("## Compensation and benefits");
    expect(finding?.suggestion).toMatch(/European Union.*Colorado/);
  });

  it("is satisfied by a range in the brief or in the text", () => {
    expect(checkPayTransparency({ text: "Pay is discussed.", brief: { salaryMin: "50000", salaryMax: "" } })).toEqual([]);
    expect(checkPayTransparency({ text: "The range is €58,000 – €70,000 per year.", brief: {} })).toEqual([]);
  });
});

describe("review bias", () => {
  it("flags personality judgements and superlatives without evidence", () => {
    const text = "Sam is abrasive in meetings. Sam is always the best at everything.\nSam closed 14 deals, the best quarter in the team.";
    const findings = checkReviewBias({ text, brief: {} });
    expect(findings.map((f) => [f.kind, f.quote])).toEqual([
      ["personality", "abrasive"],
      ["unsupported-superlative", "always"],
      ["unsupported-superlative", "best"],
    ]);
  });

  it("accepts behaviour-based feedback with examples", () => {
    expect(
      checkReviewBias({ text: "Sam interrupted colleagues in two planning meetings in March. For example, the roadmap review ran over.", brief: {} }),
    ).toEqual([]);
  });
});

describe("checks on documents made to be slow", () => {
  it("pay transparency reads a run of figures without a currency as no range, and with one as a range", () => {
    const figures = "1.".repeat(textLimits.document / 2 - 20);
    const [finding] = checkPayTransparency({ text: `## Compensation and benefits\n${figures}`, brief: {} });
    expect(finding?.quote).toBe("## Compensation and benefits");
    expect(checkPayTransparency({ text: `Pay: ${"1,".repeat(textLimits.document / 2 - 20)}1 EUR`, brief: {} })).toEqual([]);
  });

  it("review bias judges each superlative by its own sentence, however many share it", () => {
    const count = Math.floor(textLimits.document / 5) - 10;
    const superlatives = "best ".repeat(count);
    expect(checkReviewBias({ text: superlatives, brief: {} })).toHaveLength(count);
    expect(checkReviewBias({ text: `${superlatives}in 2024.`, brief: {} })).toEqual([]);
    expect(checkReviewBias({ text: `${superlatives}in 2024.\nAlways late.`, brief: {} }).map((f) => f.quote)).toEqual(["Always"]);
  });

  it("inclusive language flags every coded word in a document of nothing else", () => {
    const count = Math.floor(textLimits.document / 6);
    const findings = checkInclusiveLanguage({ text: "young ".repeat(count), brief: {} });
    expect(findings).toHaveLength(count);
    expect(new Set(findings.map((f) => f.kind))).toEqual(new Set(["ageist"]));
  });
});
