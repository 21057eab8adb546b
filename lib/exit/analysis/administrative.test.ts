import { describe, expect, it } from "vitest";
import { isAdministrative } from "@/lib/exit/analysis/administrative";

describe("isAdministrative", () => {
  it("recognises requests about forms and contact details", () => {
    expect(isAdministrative("Please send my P45 to my new address. You can reach me on 07700 900123.")).toBe(true);
    expect(isAdministrative("Email me at someone@example.com about the final pay.")).toBe(true);
  });
  it("does not take an opinion next to a request for admin", () => {
    expect(isAdministrative("My manager was awful. Send my P45 to my home address.")).toBe(false);
    expect(isAdministrative("The canteen was great.")).toBe(false);
  });
});
