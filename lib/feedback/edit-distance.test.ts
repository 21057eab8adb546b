import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { maxComparedWords, normalisedEditDistance } from "@/lib/feedback/edit-distance";

describe("edit distance of a kept document", () => {
  it("is 0 for a document kept as written, whitespace aside", () => {
    expect(normalisedEditDistance("We are hiring a nurse.", "We are  hiring\na nurse.")).toBe(0);
  });

  it("counts changed words, not letters, over the longer text", () => {
    // One word replaced out of five.
    expect(normalisedEditDistance("We are hiring a nurse.", "We are hiring a paramedic.")).toBeCloseTo(1 / 5);
    // Two words added to four: the longer text has six words.
    expect(normalisedEditDistance("Apply by Friday please", "Apply by Friday please thank you")).toBeCloseTo(2 / 6);
  });

  it("is 1 when nothing written was kept, and 0 for two empty texts", () => {
    expect(normalisedEditDistance("alpha beta gamma", "one two three")).toBe(1);
    expect(normalisedEditDistance("alpha beta", "")).toBe(1);
    expect(normalisedEditDistance("", "")).toBe(0);
  });

  it("compares at most the first words of very long texts", () => {
    const words = Array.from({ length: maxComparedWords * 3 }, (_, i) => `w${i}`);
    const written = words.join(" ");
    const kept = [...words.slice(0, maxComparedWords), "changed", ...words.slice(maxComparedWords + 1)].join(" ");
    // The only change is past the cap.
    expect(normalisedEditDistance(written, kept)).toBe(0);
  });

  it("handles the largest compared texts, all words distinct and all changed", () => {
    const written = Array.from({ length: maxComparedWords }, (_, i) => `a${i}`).join(" ");
    const kept = Array.from({ length: maxComparedWords }, (_, i) => `b${i}`).join(" ");
    const started = performance.now();
    expect(normalisedEditDistance(written, kept)).toBe(1);
    console.log(`edit distance of two ${maxComparedWords}-word texts: ${Math.round(performance.now() - started)} ms`);
  });
});
