import { describe, expect, it } from "vitest";
import { confusionOf, meanOf, perLabel, prf, ratio } from "@/lib/exit/accuracy/metrics";

describe("prf", () => {
  it("computes precision, recall and F1 from counts", () => {
    const tp = 6,
      fp = 2,
      fn = 4;
    const p = tp / (tp + fp),
      r = tp / (tp + fn);
    expect(prf({ tp, fp, fn })).toMatchObject({ precision: p, recall: r, f1: (2 * p * r) / (p + r) });
  });
  it("gives 0 F1 when nothing was right and NaN when nothing was counted", () => {
    expect(prf({ tp: 0, fp: 3, fn: 1 }).f1).toBe(0);
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBeNaN();
  });
});

describe("ratio and meanOf", () => {
  it("leave out what was not counted", () => {
    expect(ratio(1, 0)).toBeNaN();
    expect(meanOf([1, NaN, 0])).toBe(0.5);
  });
});

describe("confusion and per-label figures", () => {
  it("counts each pair and averages F1 over labels with items", () => {
    const labels = ["a", "b", "c"] as const;
    const matrix = confusionOf(labels, [
      { expected: "a", predicted: "a" },
      { expected: "a", predicted: "b" },
      { expected: "b", predicted: "b" },
    ]);
    expect(matrix.a).toEqual({ a: 1, b: 1, c: 0 });
    const { byLabel, macroF1 } = perLabel(labels, matrix);
    expect(byLabel.a).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(byLabel.b).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(macroF1).toBeCloseTo((byLabel.a.f1 + byLabel.b.f1) / 2);
  });
});
