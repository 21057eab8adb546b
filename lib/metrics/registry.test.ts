import { Registry } from "prom-client";
import { afterEach, describe, expect, it, vi } from "vitest";

const globalForMetrics = globalThis as unknown as { hrMetrics?: unknown };

afterEach(() => {
  delete globalForMetrics.hrMetrics;
});

/** The value of one series in the registry's text output, 0 when absent. */
async function valueOf(registry: Registry, series: string): Promise<number> {
  const line = (await registry.metrics()).split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe("the metrics registry", () => {
  it("survives the module being loaded again, as Next does in each bundle and on every reload", async () => {
    const first = await import("@/lib/metrics/registry");
    const metrics = first.appMetrics();
    metrics.rateLimited.inc({ surface: "chat" });
    vi.resetModules();
    const second = await import("@/lib/metrics/registry");
    expect(second).not.toBe(first);
    // A second module instance creating its metrics on the same registry would throw "already registered".
    expect(() => second.appMetrics()).not.toThrow();
    expect(second.appMetrics()).toBe(metrics);
    expect(await valueOf(second.appMetrics().registry, 'hr_rate_limit_rejections_total{surface="chat"}')).toBe(1);
  });

  it("refuses the same metrics twice on one registry, which is why there is one set per process", async () => {
    const { createMetrics } = await import("@/lib/metrics/registry");
    const registry = new Registry();
    createMetrics(registry);
    expect(() => createMetrics(registry)).toThrow(/already been registered/);
  });
});
