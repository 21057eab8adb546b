import { describe, expect, it } from "vitest";
import { overallSentiment } from "@/lib/exit/analysis/overall-sentiment";
import type { Sentiment } from "@/lib/exit/analysis/sentiment";

const s = (label: Sentiment["label"], intensity: Sentiment["intensity"]): Sentiment => ({ label, intensity, drivers: [] });

describe("overallSentiment", () => {
  it("is null with no answers", () => {
    expect(overallSentiment([])).toBeNull();
  });
  it("follows a clear majority and ignores neutral answers", () => {
    expect(overallSentiment([s("negative", 3), s("negative", 2), s("neutral", 1), s("positive", 1)])?.label).toBe("negative");
  });
  it("is mixed when both sides hold a real share", () => {
    expect(overallSentiment([s("negative", 3), s("positive", 3)])?.label).toBe("mixed");
  });
  it("is neutral when nothing carries an opinion", () => {
    expect(overallSentiment([s("neutral", 1)])?.label).toBe("neutral");
  });
});
