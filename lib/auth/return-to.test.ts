import { describe, expect, it } from "vitest";
import { returnToSchema } from "@/lib/auth/schemas";

const target = (raw: string) => returnToSchema.parse(raw);

describe("returnTo", () => {
  it("keeps paths inside the app, with their query", () => {
    expect(target("/history?tool=offer-letter")).toBe("/history?tool=offer-letter");
    expect(target("/invite/abc_DEF-123")).toBe("/invite/abc_DEF-123");
    expect(target("/copilot/jobs/x#fit")).toBe("/copilot/jobs/x#fit");
  });

  it("normalises dot segments that stay inside the app", () => {
    expect(target("/history/../copilot")).toBe("/copilot");
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "/.//evil.example",
    "/./\\evil.example",
    "/..//evil.example",
    "/history/..//evil.example",
    "\\/evil.example",
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
    "/%2f/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\u0000/evil.example",
    "https:evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
  ])("drops %j, which a browser could take to another site", (raw) => {
    expect(target(raw)).toBeUndefined();
  });
});
