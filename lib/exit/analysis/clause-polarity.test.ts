import { describe, expect, it } from "vitest";
import { clausePolarity, isCounterfactual, workplaceValence } from "@/lib/exit/analysis/clause-polarity";
import { defaultSentimentSettings } from "@/lib/exit/analysis/sentiment-settings";

const score = (clause: string) => clausePolarity(clause, "en", defaultSentimentSettings);

describe("clausePolarity", () => {
  it("scores praise above zero and complaint below, within -1..1", () => {
    expect(score("The canteen was wonderful.")).toBeGreaterThan(0);
    expect(score("The parking was awful.")).toBeLessThan(0);
    for (const clause of ["Absolutely amazing, brilliant, fantastic!!!", "Horrible, awful, disgusting, terrible!!!"])
      expect(Math.abs(score(clause))).toBeLessThanOrEqual(1);
  });
  it("keeps the scorers' negation handling", () => {
    expect(score("The training was not good.")).toBeLessThan(0);
  });
  it("turns a wish for better against its words", () => {
    expect(score("I would have liked clearer goals.")).toBeLessThan(0);
  });
  it("reads candour markers as nothing", () => {
    expect(score("To be honest, the office is on the second floor.")).toBe(0);
  });
  it("scores other languages with their own lexicon", () => {
    expect(clausePolarity("El ambiente era muy bueno.", "es", defaultSentimentSettings)).toBeGreaterThan(0);
    expect(clausePolarity("Le travail était très difficile.", "fr", defaultSentimentSettings)).toBeLessThan(0);
  });
});

describe("workplaceValence", () => {
  it("counts workplace praise and complaints", () => {
    expect(workplaceValence("The team was inclusive and transparent.")).toBe(2);
    expect(workplaceValence("We were understaffed.")).toBe(-1);
  });
  it("flips a workplace word under a negation", () => {
    expect(workplaceValence("The process was not transparent.")).toBe(-1);
  });
  it("does not flip a term that is itself a negation", () => {
    expect(workplaceValence("There was no training at all.")).toBe(-1);
  });
});

describe("isCounterfactual", () => {
  it("spots wishes and regrets", () => {
    expect(isCounterfactual("It would have been nice to know.")).toBe(true);
    expect(isCounterfactual("I wish there had been a plan.")).toBe(true);
    expect(isCounterfactual("The plan was clear.")).toBe(false);
  });
});
