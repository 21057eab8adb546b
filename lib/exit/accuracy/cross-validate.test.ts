import { describe, expect, it } from "vitest";
import type { LabelledAnswer } from "@/lib/exit/accuracy/corpus";
import { crossValidate, type SettingsGrid } from "@/lib/exit/accuracy/cross-validate";
import { sentimentRules } from "@/lib/exit/analysis/sentiment-settings";

const item = (id: number, answer: string, sentiment: LabelledAnswer["sentiment"]): LabelledAnswer => ({
  id: `t-${id}`,
  question: "How was the team?",
  answer,
  sentiment,
  intensity: 2,
  themes: [],
  vague: false,
  containsPII: false,
});

const items = [
  item(1, "The team was wonderful and kind.", "positive"),
  item(2, "The team was awful and the pay was terrible.", "negative"),
  item(3, "I sat on the third floor.", "neutral"),
  item(4, "The team was great, but the pay was awful.", "mixed"),
  item(5, "My colleagues were brilliant and supportive.", "positive"),
  item(6, "The rota was horrible and the office was filthy.", "negative"),
  item(7, "We met on Tuesdays.", "neutral"),
  item(8, "Lovely people, but a terrible manager.", "mixed"),
];

const grid: SettingsGrid = { positive: [0.3, 0.5], negative: [0.1, 0.3], narrative: [0], winkWeight: [0.5], termWeight: [0.5] };

describe("crossValidate", () => {
  it("chooses settings on the other folds and measures each fold apart", () => {
    const cv = crossValidate(items, 2, grid);
    expect(cv.folds.map((f) => f.fold)).toEqual([0, 1]);
    for (const fold of cv.folds) {
      expect(fold.testF1).toBeGreaterThanOrEqual(0);
      expect(fold.testF1).toBeLessThanOrEqual(1);
    }
    expect(cv.meanTestF1).toBeCloseTo((cv.folds[0]!.testF1 + cv.folds[1]!.testF1) / 2);
    // Plain praise, complaint and facts are read right whichever settings a fold picks.
    expect(cv.meanTestF1).toBeGreaterThan(0.5);
  });
  it("reports every rule switched off on every fold", () => {
    const cv = crossValidate(items, 2, grid);
    expect(cv.rules.map((r) => r.rule)).toEqual([...sentimentRules]);
    for (const rule of cv.rules) expect(rule.helped + rule.hurt).toBeLessThanOrEqual(2);
  });
});
