import { describe, expect, it } from "vitest";
import { questionLanguage } from "@/lib/chat/offline/language";

describe("questionLanguage", () => {
  it("reads English questions as English", () => {
    expect(questionLanguage("Where was she working in 2019?")).toBe("en");
  });
  it("reads Spanish, French, German and Portuguese by their stop words", () => {
    expect(questionLanguage("¿Dónde trabajó en 2019 y con qué equipo?")).toBe("other");
    expect(questionLanguage("Combien de personnes encadre-t-elle dans cette équipe ?")).toBe("other");
    expect(questionLanguage("Welche Sprachen spricht er und seit wann?")).toBe("other");
    expect(questionLanguage("Onde ele trabalhou e quais são as suas competências?")).toBe("other");
  });
});
