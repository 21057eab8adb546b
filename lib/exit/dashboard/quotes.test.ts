import { describe, expect, it } from "vitest";
import { maxQuotes, themeQuotes, type SourceAnswer } from "@/lib/exit/dashboard/quotes";

const answer = (interviewId: string, text: string, employeeName = "Robin Vale", anonymous = true): SourceAnswer => ({
  interviewId,
  answer: text,
  anonymous,
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

describe("themeQuotes with attributed and confidential people", () => {
  const k = 5;
  const people = (prefix: string, n: number, anonymous: boolean) =>
    Array.from({ length: n }, (_, i) =>
      answer(`${prefix}${i}`, `${anonymous ? "Confidential" : "Attributed"} answer ${i} about pay.`, "Robin Vale", anonymous),
    );

  it("does not count attributed people toward the threshold: k-1 confidential people's quotes stay hidden beside any number of attributed ones", () => {
    const result = themeQuotes([...people("a", 6, false), ...people("c", k - 1, true)], k)!;
    expect(result.quotes).toHaveLength(6);
    expect(result.quotes.every((q) => q.startsWith("Attributed"))).toBe(true);
    expect(result.people).toBe(6);
  });

  it("shows confidential people's quotes from k of them", () => {
    const result = themeQuotes([...people("a", 2, false), ...people("c", k, true)], k)!;
    expect(result.people).toBe(2 + k);
    expect(result.quotes.filter((q) => q.startsWith("Confidential"))).toHaveLength(k);
  });

  it("counts each confidential person once, however many answers they gave", () => {
    const repeated = [...people("c", k - 1, true), answer("c0", "Another answer from the same person.")];
    expect(themeQuotes(repeated, k)).toBeNull();
  });

  it("needs no threshold for attributed people's quotes alone", () => {
    expect(themeQuotes(people("a", 1, false), k)!.quotes).toEqual(["Attributed answer 0 about pay."]);
  });
});
