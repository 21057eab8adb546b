import { describe, expect, it } from "vitest";
import { quoteIsVerbatim } from "@/lib/exit/analysis/verbatim";

const turns = [
  { role: "interviewer" as const, text: "How was the pace of work?" },
  { role: "employee" as const, text: "Frantic in December. Calm the rest of the year." },
];

describe("quoteIsVerbatim", () => {
  it("accepts an exact piece of an employee turn", () => {
    expect(quoteIsVerbatim("Frantic in December.", turns)).toBe(true);
  });
  it("rejects reworded, interviewer or empty quotes", () => {
    expect(quoteIsVerbatim("Frantic in january.", turns)).toBe(false);
    expect(quoteIsVerbatim("How was the pace of work?", turns)).toBe(false);
    expect(quoteIsVerbatim("  ", turns)).toBe(false);
  });
});
