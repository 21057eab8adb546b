import { describe, expect, it } from "vitest";
import { closesClause, digitCount, tokensOf } from "@/lib/exit/analysis/mask/tokens";

describe("tokensOf", () => {
  it("gives each token its offsets and its core without surrounding punctuation", () => {
    const text = "Call (555) now.";
    const [, number, now] = tokensOf(text);
    expect(number).toMatchObject({ text: "(555)", core: "555" });
    expect(text.slice(number!.coreStart, number!.coreEnd)).toBe("555");
    expect(now!.core).toBe("now");
    expect(closesClause(now!)).toBe(true);
  });
  it("counts digits", () => {
    expect(digitCount("+44 (0)20")).toBe(5);
  });
});
