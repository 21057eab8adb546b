import { describe, expect, it } from "vitest";
import { fitSchema } from "@/lib/fit/types";
import { gapsOf, groupedRequirements, requirementsOf } from "@/lib/fit/view";

describe("the requirements a fit shows", () => {
  it("shows a fit stored before requirements were judged from its skill lists", () => {
    const stored = fitSchema.parse({
      score: 50,
      requiredMatched: [{ skill: "Go", cvWording: "Golang", cvLine: "Skills: Golang" }],
      preferredMatched: [],
      partial: [{ skill: "PostgreSQL", cvWording: "MySQL", cvLine: "Skills: MySQL", relatedTo: "MySQL" }],
      requiredMissing: ["PostgreSQL", "Rust"],
      preferredMissing: ["Terraform"],
    });
    const shown = requirementsOf(stored);
    expect(shown.map((r) => [r.label, r.required, r.status])).toEqual([
      ["Go", true, "met"],
      ["PostgreSQL", true, "partial"],
      ["Rust", true, "missing"],
      ["Terraform", false, "missing"],
    ]);
    expect(gapsOf(shown).map((r) => r.label)).toEqual(["PostgreSQL", "Rust"]);
    expect(groupedRequirements(shown).map((g) => g.heading)).toEqual(["Skills"]);
  });
});
