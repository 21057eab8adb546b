import { describe, expect, it } from "vitest";
import { compareVersions, type ExperimentRow } from "@/lib/experiments/compare";

const row = (over: Partial<ExperimentRow>): ExperimentRow => ({
  version: 3,
  status: "COMPLETE",
  length: 1000,
  ttftMs: 200,
  up: 0,
  down: 0,
  editDistance: null,
  ...over,
});

describe("experiment comparison", () => {
  const rows = [
    row({ up: 1, editDistance: 0.1 }),
    row({ length: 3000, ttftMs: 400, down: 1, editDistance: 0.3 }),
    row({ status: "FAILED", length: 0, ttftMs: null }),
    row({ version: 4, length: 800, ttftMs: 150, up: 2 }),
    row({ version: 4, length: 600, ttftMs: 250 }),
    row({ version: 2, up: 5 }), // an older version, not in the experiment
  ];
  const [first, second] = compareVersions(rows, [3, 4]);

  it("shows each version's sample size and failure rate", () => {
    expect(first).toMatchObject({ version: 3, documents: 3 });
    expect(first.failureRate).toBeCloseTo(1 / 3);
    expect(second).toMatchObject({ version: 4, documents: 2, failureRate: 0 });
  });

  it("compares length of completed documents, first-token time, ratings and edits", () => {
    expect(first).toMatchObject({ meanLength: 2000, ttftP50: 200, up: 1, down: 1, approval: 0.5, edited: 2 });
    expect(first.meanEditDistance).toBeCloseTo(0.2);
    expect(second).toMatchObject({ meanLength: 700, ttftP50: 150, up: 2, down: 0, approval: 1, edited: 0, meanEditDistance: null });
  });

  it("has no rates for a version that wrote nothing yet", () => {
    const [, unused] = compareVersions([row({})], [3, 4]);
    expect(unused).toMatchObject({ documents: 0, failureRate: null, meanLength: null, approval: null, ttftP50: null });
  });
});
