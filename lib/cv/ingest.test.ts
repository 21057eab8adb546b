import { describe, expect, it } from "vitest";
import { ExtractionError } from "@/lib/cv/extract/extraction-error";
import { checkCvTextLength } from "@/lib/cv/ingest";
import { textLimits } from "@/lib/security/text-limits";

describe("the length of a CV's text", () => {
  it("counts the lines as joined and refuses one character over the limit, saying both numbers", () => {
    const half = textLimits.cvText / 2;
    expect(() => checkCvTextLength(["a".repeat(half), "b".repeat(half - 1)])).not.toThrow();
    let refused: unknown;
    try {
      checkCvTextLength(["a".repeat(half), "b".repeat(half)]);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ExtractionError);
    expect((refused as ExtractionError).message).toBe(
      "A CV's text can be at most 60,000 characters; this one has 60,001. Upload only your CV, or paste the part of it you want read.",
    );
  });
});
