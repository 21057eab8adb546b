import { describe, expect, it } from "vitest";
import { languageOf } from "@/lib/exit/analysis/language";

describe("languageOf", () => {
  it.each([
    ["The hours were long and the pay was low.", "en"],
    ["El horario era muy largo y la paga era baja.", "es"],
    ["Die Arbeit war gut, aber das Gehalt ist nicht fair.", "de"],
    ["Le travail était bien mais le salaire est trop bas.", "fr"],
    ["O trabalho era bom, mas a equipe não ajudava muito.", "pt"],
    ["No hubo formación, aprendí sola.", "es"],
    ["Il y avait beaucoup de réunions inutiles.", "fr"],
  ])("reads %s as %s", (text, language) => {
    expect(languageOf(text)).toBe(language);
  });
  it("reads English that holds a Portuguese article as English", () => {
    expect(languageOf("Wonderful. Nothing says great planning like a surprise from your own calendar.")).toBe("en");
  });
  it("stays English when only one foreign function word appears next to English ones", () => {
    expect(languageOf("I said la la la and left.")).toBe("en");
  });
});
