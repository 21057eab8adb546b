import { describe, expect, it } from "vitest";
import { questionTheme, tagThemes, themesIn } from "@/lib/exit/analysis/themes";

describe("themesIn", () => {
  it("finds every topic an answer names", () => {
    expect([...themesIn("The pension was poor and my supervisor ignored me.")].sort()).toEqual(["benefits", "manager"]);
  });
  it("reads 'team lead' as the manager, not the team", () => {
    expect(themesIn("My team lead never replied.").has("team")).toBe(false);
  });
  it("reads a raise named by its size as pay", () => {
    expect(themesIn("They offered 12% more.").has("compensation")).toBe(true);
  });
  it("finds themes in other languages", () => {
    expect(themesIn("Mi jefa nunca estaba y el sueldo era bajo.")).toEqual(new Set(["compensation", "manager"]));
  });
});

describe("tagThemes", () => {
  it("tags a vague answer with the question's topic", () => {
    expect(tagThemes("How did you find the onboarding?", "Average.")).toEqual(["onboarding"]);
  });
  it("tags 'management' as both manager and leadership", () => {
    expect(tagThemes("Why are you leaving?", "Management, mostly.")).toEqual(["manager", "leadership"]);
  });
  it("tags a plain no to the harassment question as culture only", () => {
    expect(tagThemes("Did you ever experience harassment or discrimination?", "No. People treated each other well.")).toEqual(["culture"]);
  });
  it("keeps a harassment report", () => {
    expect(tagThemes("Did you ever experience harassment or discrimination?", "Yes, I was bullied by a senior colleague.")).toContain(
      "harassment_discrimination",
    );
  });
  it("gives no theme to an answer with no topic when the question has none", () => {
    expect(tagThemes("Would you recommend us?", "Probably not.")).toEqual([]);
  });
  it("knows the first topic a question names", () => {
    expect(questionTheme("How did you feel about the salary and the pension?")).toBe("compensation");
  });
});
