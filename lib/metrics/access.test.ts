import { describe, expect, it } from "vitest";
import { metricsAccess } from "@/lib/metrics/access";

const token = "0123456789abcdef0123456789abcdef";

describe("who may read the metrics", () => {
  it("with a token set, lets in only a caller that sends it as a bearer token, in any environment", () => {
    for (const NODE_ENV of ["production", "development"]) {
      const env = { NODE_ENV, METRICS_TOKEN: token };
      expect(metricsAccess(env, `Bearer ${token}`)).toBe("allowed");
      expect(metricsAccess(env, null)).toBe("unauthorized");
      expect(metricsAccess(env, `Bearer ${token.slice(1)}`)).toBe("unauthorized");
      expect(metricsAccess(env, `Bearer ${token}x`)).toBe("unauthorized");
      expect(metricsAccess(env, `Basic ${token}`)).toBe("unauthorized");
      expect(metricsAccess(env, token)).toBe("unauthorized");
      expect(metricsAccess(env, "Bearer ")).toBe("unauthorized");
    }
  });

  it("without a token, hides the metrics in production and leaves them open in development", () => {
    expect(metricsAccess({ NODE_ENV: "production" }, `Bearer ${token}`)).toBe("hidden");
    expect(metricsAccess({ NODE_ENV: "production" }, null)).toBe("hidden");
    expect(metricsAccess({ NODE_ENV: "development" }, null)).toBe("allowed");
  });
});
