import { describe, expect, it } from "vitest";
import { variantFor } from "@/lib/experiments/assign";

const keys = Array.from({ length: 2000 }, (_, i) => `generation-${i}`);

describe("experiment split", () => {
  it("gives the same key the same version every time", () => {
    for (const key of keys.slice(0, 50)) expect(variantFor(key, 50)).toBe(variantFor(key, 50));
  });

  it("serves both versions at 50/50, each close to half the time", () => {
    const b = keys.filter((key) => variantFor(key, 50) === "b").length;
    expect(b).toBeGreaterThan(900);
    expect(b).toBeLessThan(1100);
  });

  it("follows the share: 10% gets about a tenth, 0% none and 100% all", () => {
    const tenth = keys.filter((key) => variantFor(key, 10) === "b").length;
    expect(tenth).toBeGreaterThan(140);
    expect(tenth).toBeLessThan(260);
    expect(keys.some((key) => variantFor(key, 0) === "b")).toBe(false);
    expect(keys.every((key) => variantFor(key, 100) === "b")).toBe(true);
  });

  it("keeps a key on the second version when the share grows", () => {
    const atTwenty = keys.filter((key) => variantFor(key, 20) === "b");
    expect(atTwenty.every((key) => variantFor(key, 60) === "b")).toBe(true);
  });
});
