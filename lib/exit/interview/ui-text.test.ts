import { describe, expect, it } from "vitest";
import { interviewLanguages } from "@/lib/exit/interview/protocol";
import { fill, uiText } from "@/lib/exit/interview/ui-text";

describe("the employee page's words", () => {
  it("are translated for every language: the buttons and refusals differ from the English ones", () => {
    const keys = ["title", "consent", "send", "skip", "finish", "withdraw", "withdrawYes", "answerLabel", "followUp"] as const;
    for (const language of interviewLanguages.filter((l) => l !== "en")) {
      for (const key of keys) expect(uiText[language][key], `${language}.${key}`).not.toBe(uiText.en[key]);
      for (const reason of Object.keys(uiText.en.closed) as (keyof typeof uiText.en.closed)[])
        expect(uiText[language].closed[reason].title, `${language} ${reason}`).not.toBe(uiText.en.closed[reason].title);
    }
  });

  it("fill every slot they use, in every language", () => {
    for (const language of interviewLanguages) {
      const text = uiText[language];
      expect(fill(text.kept, { days: 90 })).toContain("90");
      expect(fill(text.intro, { total: 11 })).toContain("11");
      const progress = fill(text.questionOf, { n: 3, total: 11 });
      expect(progress).toContain("3");
      expect(progress).not.toContain("{");
    }
  });

  it("leave a slot with no value as it is", () => {
    expect(fill("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
});
