import { describe, expect, it } from "vitest";
import { findHealth, findSpecialCategory } from "@/lib/exit/analysis/mask/sensitive";
import { tokensOf } from "@/lib/exit/analysis/mask/tokens";

const health = (text: string) => findHealth(tokensOf(text), text).map((s) => text.slice(s.start, s.end));
const special = (text: string) => findSpecialCategory(tokensOf(text), text).map((s) => text.slice(s.start, s.end));

describe("findHealth", () => {
  it("masks the condition with whose it is", () => {
    expect(health("Last spring my daughter had surgery, so I needed leave.")).toEqual(["my daughter had surgery"]);
    expect(health("I was diagnosed with diabetes in June.")).toEqual(["I was diagnosed with diabetes"]);
  });
  it("takes a due date with a pregnancy", () => {
    expect(health("I'm pregnant and due in May, so nights are out.")).toEqual(["I'm pregnant and due in May"]);
  });
  it("reads dental words only where teeth are the subject", () => {
    expect(health("The Crown pub was our local.")).toEqual([]);
    expect(health("My dentist said I need a crown.")).toEqual(["I need a crown"]);
  });
});

describe("findSpecialCategory", () => {
  it("finds religion and orientation, with a weekday before a practice", () => {
    expect(special("As a Sikh I wear a turban, and I go to Sunday prayers.")).toEqual(["Sikh", "turban", "Sunday prayers"]);
    expect(special("My wife and I are both lesbian.")).toEqual(["lesbian"]);
  });
  it("leaves a facility named after a practice alone", () => {
    expect(special("The prayer room was always clean.")).toEqual([]);
  });
});
