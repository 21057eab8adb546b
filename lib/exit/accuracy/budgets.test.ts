import { describe, expect, it } from "vitest";
import type { AnswerAnalysis } from "@/lib/exit/accuracy/analyser";
import { budgetsOf } from "@/lib/exit/accuracy/budgets";
import type { LabelledAnswer } from "@/lib/exit/accuracy/corpus";
import { scoreAnswers } from "@/lib/exit/accuracy/score-answers";

const item: LabelledAnswer = {
  id: "1",
  question: "q",
  answer: "Mail me at a@b.co",
  sentiment: "neutral",
  intensity: 1,
  themes: ["other"],
  vague: false,
  containsPII: true,
  mask: [{ type: "email", text: "a@b.co" }],
};
const analysis = (masked: string): AnswerAnalysis => ({
  sentiment: "neutral",
  intensity: 1,
  themes: ["other"],
  vague: false,
  masked: { text: masked, spans: [] },
});

describe("budgetsOf", () => {
  it("fails a floor the figure is under and passes figures with nothing to count", () => {
    const failing = budgetsOf(scoreAnswers([item], [analysis("Mail me at a@b.co")]));
    expect(failing.find((b) => b.name === "email masking recall")?.passed).toBe(false);
    expect(failing.find((b) => b.name === "phone masking recall")?.passed).toBe(true);
    const passing = budgetsOf(scoreAnswers([item], [analysis("Mail me at [email]")]));
    expect(passing.find((b) => b.name === "email masking recall")?.passed).toBe(true);
  });
});
