import { describe, expect, it } from "vitest";
import { hashInterviewToken, interviewUrl, isPlausibleToken, newInterviewLink } from "@/lib/exit/interview/link";

describe("interview links", () => {
  it("makes a different URL-safe token each time, stored only as its hash", () => {
    const first = newInterviewLink();
    const second = newInterviewLink();
    expect(first.token).not.toBe(second.token);
    expect(first.token).toMatch(/^[\w-]+$/);
    expect(isPlausibleToken(first.token)).toBe(true);
    expect(first.tokenHash).toBe(hashInterviewToken(first.token));
    expect(first.tokenHash).not.toContain(first.token);
    expect(hashInterviewToken(first.token)).not.toBe(hashInterviewToken(second.token));
  });

  it("builds the employee's page address on the given origin", () => {
    const { token } = newInterviewLink();
    const url = new URL(interviewUrl("https://hr.example.test/", token));
    expect(url.origin).toBe("https://hr.example.test");
    expect(url.pathname).toBe(`/exit/${token}`);
  });

  it("does not take an empty or oversized token for one", () => {
    expect(isPlausibleToken("")).toBe(false);
    expect(isPlausibleToken("x".repeat(101))).toBe(false);
  });
});
