import { describe, expect, it } from "vitest";
import { boundedText, textLimits, tooLongMessage } from "@/lib/security/text-limits";

describe("text limits", () => {
  it("refuse text over the limit with a message that gives the limit and the length", () => {
    const posting = boundedText(textLimits.jobPosting, "Job postings", "Paste the part with the role and its requirements.");
    const result = posting.safeParse("a".repeat(73_412));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      "Job postings can be at most 50,000 characters; this one has 73,412. Paste the part with the role and its requirements.",
    );
  });

  it("count the text without the spaces around it", () => {
    const document = boundedText(textLimits.document, "Documents", "Split it.");
    expect(document.safeParse(`\n  ${"a".repeat(textLimits.document)}  \n`).success).toBe(true);
    expect(document.safeParse("a".repeat(textLimits.document + 1)).success).toBe(false);
  });

  it("write large numbers with thousands separators", () => {
    expect(tooLongMessage("CVs", 60_000, 1_234_567, "Paste only the CV.")).toBe(
      "CVs can be at most 60,000 characters; this one has 1,234,567. Paste only the CV.",
    );
  });
});
