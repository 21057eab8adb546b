import { describe, expect, it } from "vitest";
import { summariseUsage, type UsageRow } from "@/lib/usage/aggregate";
import { costOf, priceTableOf } from "@/lib/usage/cost";
import { percentile } from "@/lib/usage/percentile";

const prices = priceTableOf([{ model: "groq:llama", inputPerMillion: 0.5, outputPerMillion: 2 }]);

let n = 0;
function row(over: Partial<UsageRow>): UsageRow {
  return {
    kind: "document",
    id: `r${++n}`,
    createdAt: new Date("2026-11-20T10:00:00Z"),
    task: "job-description",
    who: "Ada",
    model: "groq:llama",
    status: "COMPLETE",
    inputTokens: 1000,
    outputTokens: 500,
    ttftMs: 300,
    durationMs: 2000,
    ...over,
  };
}

const period = { from: new Date("2026-11-19T00:00:00Z"), to: new Date("2026-11-21T12:00:00Z") };

describe("cost", () => {
  it("prices input and output tokens per million", () => {
    expect(costOf(prices, { model: "groq:llama", inputTokens: 2_000_000, outputTokens: 1_000_000 })).toBeCloseTo(1 + 2);
  });

  it("costs nothing offline and is unknown for a model without a price", () => {
    expect(costOf(prices, { model: "offline:draft", inputTokens: 5_000_000, outputTokens: 5_000_000 })).toBe(0);
    expect(costOf(prices, { model: "ollama:qwen", inputTokens: 10, outputTokens: 10 })).toBeNull();
  });
});

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
});

describe("usage summary", () => {
  const rows = [
    row({ who: "Ada" }),
    row({
      who: "Ada",
      kind: "answer",
      task: "resume-chat",
      model: "offline:chat",
      inputTokens: 100,
      outputTokens: 50,
      createdAt: new Date("2026-11-21T08:00:00Z"),
    }),
    row({ who: "Bo", model: "ollama:qwen", ttftMs: 900, durationMs: 9000 }),
    row({ who: "Bo", status: "FAILED", model: null, inputTokens: null, outputTokens: null, ttftMs: null, durationMs: 400 }),
  ];
  const summary = summariseUsage(rows, { prices, firstModel: "groq:llama", ...period });

  it("counts documents, answers, tokens and the estimated cost", () => {
    expect(summary).toMatchObject({ documents: 3, answers: 1, inputTokens: 2100, outputTokens: 1050, unpriced: 1 });
    // Only the priced groq row costs: 1000 × 0.5 + 500 × 2 per million.
    expect(summary.cost).toBeCloseTo(0.0015);
  });

  it("breaks tokens down by model, tool and person, biggest first", () => {
    expect(summary.byModel.map((g) => [g.label, g.requests, g.inputTokens + g.outputTokens])).toEqual([
      ["groq:llama", 1, 1500],
      ["ollama:qwen", 1, 1500],
      ["offline:chat", 1, 150],
      ["No model answered", 1, 0],
    ]);
    expect(summary.byTask.map((g) => [g.label, g.requests])).toEqual([
      ["job-description", 3],
      ["resume-chat", 1],
    ]);
    expect(summary.byUser.find((g) => g.label === "Ada")).toMatchObject({ requests: 2, inputTokens: 1100, outputTokens: 550 });
  });

  it("gives every day of the period, quiet ones as zero", () => {
    expect(summary.byDay).toEqual([
      { day: "2026-11-19", documents: 0, answers: 0, tokens: 0 },
      { day: "2026-11-20", documents: 3, answers: 0, tokens: 3000 },
      { day: "2026-11-21", documents: 0, answers: 1, tokens: 150 },
    ]);
  });

  it("works out error and fallback rates, first-token percentiles and the slowest requests", () => {
    expect(summary.errorRate).toBeCloseTo(1 / 4);
    // Of the three answered requests, two came from another model than the chain's first.
    expect(summary.fallbackRate).toBeCloseTo(2 / 3);
    expect(summary.ttftP50).toBe(300);
    expect(summary.ttftP95).toBe(900);
    expect(summary.slowest.map((r) => r.durationMs)).toEqual([9000, 2000, 2000, 400]);
  });

  it("has no rates for an empty period", () => {
    const empty = summariseUsage([], { prices, firstModel: "groq:llama", ...period });
    expect(empty).toMatchObject({ documents: 0, errorRate: null, fallbackRate: null, ttftP50: null, slowest: [] });
  });
});
