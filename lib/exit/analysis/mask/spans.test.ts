import { describe, expect, it } from "vitest";
import { settleOverlaps } from "@/lib/exit/analysis/mask/spans";

describe("settleOverlaps", () => {
  it("keeps the surer of two overlapping finds and orders the rest by position", () => {
    const settled = settleOverlaps([
      { type: "name", start: 0, end: 5, rank: 2 },
      { type: "email", start: 0, end: 20, rank: 0 },
      { type: "phone", start: 30, end: 40, rank: 1 },
    ]);
    expect(settled).toEqual([
      { type: "email", start: 0, end: 20 },
      { type: "phone", start: 30, end: 40 },
    ]);
  });
});
