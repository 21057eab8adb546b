import { describe, expect, it } from "vitest";
import { withoutDoubleNegatives } from "@/lib/exit/analysis/double-negation";

describe("withoutDoubleNegatives", () => {
  it("reads a denied problem as fine", () => {
    expect(withoutDoubleNegatives("nobody ever left a mess for the next shift")).toBe("all fine for the next shift");
    expect(withoutDoubleNegatives("No one complained.")).toBe("all fine.");
  });
  it("leaves a negation that is the complaint itself", () => {
    const clause = "nobody told us about the problems";
    expect(withoutDoubleNegatives(clause)).toBe(clause);
    expect(withoutDoubleNegatives("there was never any support")).toBe("there was never any support");
  });
});
