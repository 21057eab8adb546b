import { describe, expect, it } from "vitest";
import { isDeclined, isVague } from "@/lib/exit/analysis/vague";

describe("isVague", () => {
  it.each([
    ["Why are you leaving?", "The culture."],
    ["How was your manager?", "So-so, I guess."],
    ["What would have made you stay?", "Hard to say, things in general."],
    ["How was the team?", "Okay."],
  ])("asks a follow-up after %s / %s", (question, answer) => {
    expect(isVague(question, answer)).toBe(true);
  });
  it.each([
    ["Why are you leaving?", "I was passed over for promotion twice and the new role pays 15% more."],
    ["What would have made you stay?", "More flexible hours."],
    ["Is there anything else?", "No, that's all from me."],
    ["How was your pay?", "I'd prefer not to say."],
  ])("needs no follow-up after %s / %s", (question, answer) => {
    expect(isVague(question, answer)).toBe(false);
  });
});

describe("isDeclined", () => {
  it("recognises a short refusal", () => {
    expect(isDeclined("I'd rather not go there.")).toBe(true);
  });
  it("does not read a long answer that mentions a refusal as declined", () => {
    expect(isDeclined("I'd rather not name him, but he shouted at me in front of the whole floor every week for months and HR knew.")).toBe(false);
  });
});
