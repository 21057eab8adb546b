import { describe, expect, it } from "vitest";
import { bareVerdictOf, polarQuestion, questionRule, withoutPullSentences } from "@/lib/exit/analysis/question-rules";

describe("polarQuestion", () => {
  it("recognises yes/no and degree questions", () => {
    expect(polarQuestion("Was the training useful?")).toBe(true);
    expect(polarQuestion("How supported did you feel?")).toBe(true);
    expect(polarQuestion("How did you feel about the pay?")).toBe(false);
    expect(polarQuestion("Were you ever harassed?")).toBe(false);
  });
});

describe("bareVerdictOf", () => {
  it("reads a short yes or no, but not a hedged one", () => {
    expect(bareVerdictOf("Not at all.")).toBe("negative");
    expect(bareVerdictOf("Yes, definitely.")).toBe("positive");
    expect(bareVerdictOf("In theory yes")).toBeNull();
    expect(bareVerdictOf("Never say never")).toBeNull();
  });
});

describe("withoutPullSentences", () => {
  it("drops sentences about the new job or a move", () => {
    expect(withoutPullSentences(["A rival offered me a better title.", "The rota here was chaos."])).toBe("The rota here was chaos.");
  });
});

describe("questionRule", () => {
  it("reads what would have kept someone as something missing", () => {
    expect(questionRule("Proper training.", "stay", "What would have kept you?")?.label).toBe("negative");
  });
  it("leaves answers the question says nothing about to the scorer", () => {
    expect(questionRule("The canteen was great.", "topic", "How was the canteen?")).toBeNull();
  });
});
