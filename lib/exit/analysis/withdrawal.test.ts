import { describe, expect, it } from "vitest";
import { consentWithdrawn } from "@/lib/exit/analysis/withdrawal";

describe("consentWithdrawn", () => {
  it("notices an employee asking to stop", () => {
    expect(consentWithdrawn([{ role: "employee", text: "Sorry, I want to stop. Please delete my answers." }])).toBe(true);
  });
  it("ignores the interviewer's own words and ordinary answers", () => {
    expect(
      consentWithdrawn([
        { role: "interviewer", text: "You can stop here at any time." },
        { role: "employee", text: "Let's carry on." },
      ]),
    ).toBe(false);
  });
});
