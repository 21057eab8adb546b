import { describe, expect, it } from "vitest";
import { acceptableFollowUp } from "@/lib/exit/interview/follow-up-check";

describe("a model's follow-up wording", () => {
  it("is taken when it is one short question, without its quotes", () => {
    const question = "What happened that made the role feel only fine to you?";
    expect(acceptableFollowUp(question)).toBe(question);
    expect(acceptableFollowUp(`  “${question}”\n`)).toBe(question);
  });

  it("is refused when it is not a question, too long, marked up, or leaks a mask placeholder", () => {
    expect(acceptableFollowUp("Thanks for sharing.")).toBeNull();
    expect(acceptableFollowUp(`${"Why ".repeat(80)}?`)).toBeNull();
    expect(acceptableFollowUp("# Stub answer\n\n- Why?")).toBeNull();
    expect(acceptableFollowUp("What did [name] do that upset you?")).toBeNull();
    expect(acceptableFollowUp("<b>Why?</b> Tell me?")).toBeNull();
    expect(acceptableFollowUp("?")).toBeNull();
  });
});
