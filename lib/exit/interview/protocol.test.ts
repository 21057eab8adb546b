import { describe, expect, it } from "vitest";
import { questionKindOf } from "@/lib/exit/analysis/question-kind";
import { areaIds, interviewLanguages, protocolQuestion, protocolQuestions } from "@/lib/exit/interview/protocol";

describe("the interview protocol", () => {
  it("covers every area, in order, with unique question keys", () => {
    const areasInOrder = [...new Set(protocolQuestions.map((q) => q.area))];
    expect(areasInOrder).toEqual([...areaIds]);
    expect(new Set(protocolQuestions.map((q) => q.key)).size).toBe(protocolQuestions.length);
    for (const question of protocolQuestions) expect(protocolQuestion(question.key)).toBe(question);
  });

  it("words every question and follow-up in every language, each as a question", () => {
    for (const question of protocolQuestions) {
      const texts = [question.text, question.followUps.vague, question.followUps.emotional];
      for (const text of texts)
        for (const language of interviewLanguages) {
          expect(text[language].trim(), `${question.key} ${language}`).not.toBe("");
          expect(text[language].trim().endsWith("?"), `${question.key} ${language}`).toBe(true);
        }
      // A translation left in English would show up as the same text.
      for (const language of interviewLanguages.filter((l) => l !== "en")) expect(question.text[language]).not.toBe(question.text.en);
    }
  });

  it("asks the questions the analysis reads specially in words it recognises", () => {
    const kindOf = (key: string) => questionKindOf(protocolQuestion(key)!.text.en);
    expect(kindOf("reason")).toBe("reason");
    expect(kindOf("stay")).toBe("stay");
    expect(kindOf("recommend")).toBe("recommend");
    expect(kindOf("come_back")).toBe("recommend");
  });
});
