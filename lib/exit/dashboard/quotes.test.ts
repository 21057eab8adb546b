import { describe, expect, it } from "vitest";
import { maxQuotes, themeQuotes, type SourceAnswer } from "@/lib/exit/dashboard/quotes";

const answer = (interviewId: string, text: string, employeeName = "Robin Vale"): SourceAnswer => ({
  interviewId,
  answer: text,
  interview: { employeeName, manager: "Morgan Lead" },
});

describe("themeQuotes", () => {
  it("shows nothing when fewer than k people said something, however many answers they gave", () => {
    const answers = [answer("a", "Pay was low."), answer("a", "Really low."), answer("b", "Below market."), answer("c", "Bonus cut.")];
    expect(themeQuotes(answers, 4)).toBeNull();
    expect(themeQuotes(answers, 3)).toMatchObject({ people: 3 });
  });

  it("takes one quote per person and removes names and contact details", () => {
    const answers = [
      answer("a", "Morgan Lead never gave me a raise; call me on 07700 900123."),
      answer("a", "Second answer from the same person."),
      answer("b", "Pay was below market."),
    ];
    const result = themeQuotes(answers, 2)!;
    expect(result.quotes).toHaveLength(2);
    const all = result.quotes.join(" ");
    expect(all).not.toContain("Morgan");
    expect(all).not.toContain("07700 900123");
    expect(all).not.toContain("Second answer");
  });

  it("shows at most a few quotes, and ignores empty answers", () => {
    const answers = Array.from({ length: maxQuotes + 4 }, (_, i) => answer(`p${i}`, `Answer number ${i} about pay.`));
    expect(themeQuotes([...answers, { ...answer("empty", ""), answer: null }], 2)!.quotes).toHaveLength(maxQuotes);
    expect(themeQuotes([answer("x", "  "), answer("y", "Fine.")], 2)).toBeNull();
  });
});
