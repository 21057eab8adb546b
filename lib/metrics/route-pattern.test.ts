import { describe, expect, it } from "vitest";
import { routePatternOf } from "@/lib/metrics/route-pattern";

describe("the route a metric is labelled with", () => {
  it("puts the param names in place of their values, so ids and tokens never become labels", () => {
    expect(routePatternOf("http://app.test/api/chat/c1xyz/stream?x=1", { id: "c1xyz" })).toBe("/api/chat/[id]/stream");
    expect(routePatternOf("http://app.test/api/ask/tok%20en/stop", { token: "tok en" })).toBe("/api/ask/[token]/stop");
    expect(routePatternOf("http://app.test/api/files/a/b/c", { path: ["a", "b", "c"] })).toBe("/api/files/[...path]");
  });

  it("keeps a route without params as it is, without its query", () => {
    expect(routePatternOf("http://app.test/api/health/ready?verbose=1", {})).toBe("/api/health/ready");
  });
});
