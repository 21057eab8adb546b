import { describe, expect, it } from "vitest";
import { averageRanks, spearman } from "@/lib/fit/rank-correlation";

describe("Spearman's rank correlation", () => {
  it("gives tied values the mean of the ranks they span", () => {
    expect(averageRanks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });

  it("is 1 for any increasing relation and -1 for a decreasing one", () => {
    expect(spearman([1, 2, 3, 4], [1, 4, 9, 100])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [8, 4, 2, 1])).toBeCloseTo(-1);
  });

  it("matches a value worked by hand with ties (Pearson on averaged ranks)", () => {
    // Ranks x: 1, 2.5, 2.5, 4, 5 and y: 2, 1, 3, 4.5, 4.5, both with mean 3: covariance 7.5, variances 9.5 each.
    expect(spearman([10, 20, 20, 30, 40], [2, 1, 3, 7, 7])).toBeCloseTo(7.5 / 9.5, 10);
  });

  it("is undefined for a constant side", () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
});
