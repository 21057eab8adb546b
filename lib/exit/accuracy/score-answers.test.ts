import { describe, expect, it } from "vitest";
import type { AnswerAnalysis } from "@/lib/exit/accuracy/analyser";
import type { LabelledAnswer } from "@/lib/exit/accuracy/corpus";
import { scoreAnswers } from "@/lib/exit/accuracy/score-answers";

const item = (over: Partial<LabelledAnswer>): LabelledAnswer => ({
  id: "x",
  question: "q",
  answer: "a",
  sentiment: "negative",
  intensity: 2,
  themes: [],
  vague: false,
  containsPII: false,
  ...over,
});
const got = (over: Partial<AnswerAnalysis>): AnswerAnalysis => ({
  sentiment: "negative",
  intensity: 2,
  themes: [],
  vague: false,
  masked: { text: "a", spans: [] },
  ...over,
});

describe("scoreAnswers", () => {
  const items = [item({ id: "1", themes: ["manager"], vague: true, notes: "Sarcasm." }), item({ id: "2", sentiment: "positive", themes: [], lang: "es" })];
  const figures = scoreAnswers(items, [got({ intensity: 3, themes: ["manager", "team"], vague: true }), got({ sentiment: "mixed", themes: ["culture"] })]);
  it("scores sentiment with its subsets and the intensity error on right items only", () => {
    expect(figures.sentiment.accuracy).toBe(0.5);
    expect(figures.sentiment.sarcastic).toEqual({ right: 1, of: 1 });
    expect(figures.sentiment.otherLanguages).toEqual({ right: 0, of: 1 });
    expect(figures.intensityMae).toBe(1);
  });
  it("counts a theme on an item labelled with none as a false positive", () => {
    expect(figures.themes.micro).toMatchObject({ tp: 1, fp: 2, fn: 0 });
    expect(figures.themes.byTheme.culture).toMatchObject({ fp: 1 });
  });
  it("scores vague answers and lists misses", () => {
    expect(figures.vague).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(figures.misses.map((m) => m.id)).toContain("2");
  });
});
