import { describe, expect, it } from "vitest";
import { foreignClauseScore, stemOf } from "@/lib/exit/analysis/foreign-sentiment";

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

describe("foreignClauseScore: inflection", () => {
  it("meets plural and gender forms of a lexicon word", () => {
    expect(foreignClauseScore("las jornadas eran agotadoras", "es").negative).toBeGreaterThan(0);
    expect(foreignClauseScore("zu viele Projekte gleichzeitig", "de").negative).toBeGreaterThan(0);
    expect(foreignClauseScore("des collègues très sympas", "fr").positive).toBe(1);
  });
  it("counts a stated absence as a complaint", () => {
    expect(foreignClauseScore("il n'y avait aucune formation", "fr").negative).toBeGreaterThan(0);
  });
});

describe("stemOf", () => {
  it("takes plural and gender endings off longer words only", () => {
    expect(stemOf("cansadas", "es")).toBe(stemOf("cansado", "es"));
    expect(stemOf("viele", "de")).toBe("viel");
    expect(stemOf("mal", "es")).toBe("mal");
  });
});
