import { describe, expect, it } from "vitest";
import { norm } from "@/lib/chat/accuracy/norm";

describe("norm", () => {
  it("drops accents and ligatures and casefolds", () => {
    expect(norm("José ﬁnance")).toBe(norm("jose finance"));
    expect(norm("José")).toBe("jose");
  });
  it("writes number words as digits and months as three letters, with their dot", () => {
    expect(norm("three years")).toBe("3years");
    expect(norm("June 2016")).toBe(norm("Jun. 2016"));
    expect(norm("Sept 2019")).toBe(norm("sep 2019"));
  });
  it("deletes spaces, hyphens and dashes", () => {
    expect(norm("two-day")).toBe(norm("2 day"));
    expect(norm("Advanced Networking \u00ad Specialty")).toBe(norm("Advanced Networking – Specialty"));
  });
  it("leaves words that only start like a number or month alone", () => {
    expect(norm("Mayor")).toBe("mayor");
    expect(norm("tenure")).toBe("tenure");
  });
});
