import { describe, expect, it } from "vitest";
import { foreignClauseScore } from "@/lib/exit/analysis/foreign-sentiment";

describe("foreignClauseScore", () => {
  it("counts praise and complaint words", () => {
    expect(foreignClauseScore("el equipo era muy bueno", "es")).toMatchObject({ positive: 1, negative: 0, strong: true });
    expect(foreignClauseScore("o salário era baixo", "pt")).toMatchObject({ positive: 0, negative: 1 });
  });
  it("turns negated praise into a complaint", () => {
    const plain = foreignClauseScore("die Kollegen waren gut", "de");
    const negated = foreignClauseScore("die Kollegen waren nicht gut", "de");
    expect(plain.positive).toBe(1);
    expect(negated.positive).toBe(0);
    expect(negated.negative).toBeGreaterThan(0);
  });
});
