import { describe, expect, it } from "vitest";
import { acceptedRequestId, requestIdOf } from "@/lib/observability/request-id";

describe("request ids", () => {
  it("keeps an incoming id that is short and of safe characters", () => {
    for (const id of ["3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718", "01HZX3K5Q8W7E6R5T4Y3U2I1O0", "lb.req:0042_abcd"]) {
      expect(acceptedRequestId(id)).toBe(id);
      expect(requestIdOf(new Headers({ "x-request-id": id }))).toBe(id);
    }
  });

  it("replaces an id that is missing, too short, too long or could break a log line or a header", () => {
    expect(acceptedRequestId("abcdefgh\nforged log line")).toBeUndefined();
    const refused = ["", "short", "x".repeat(65), "id with spaces 123", "abcdefgh;set-cookie=x", "<script>alert(1)</script>", "a/b/c/d/e/f/g"];
    for (const id of refused) {
      expect(acceptedRequestId(id)).toBeUndefined();
      const replaced = requestIdOf(new Headers({ "x-request-id": id }));
      expect(replaced).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(requestIdOf(new Headers())).not.toBe(requestIdOf(new Headers()));
  });
});
