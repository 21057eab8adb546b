import { describe, expect, it } from "vitest";
import { ExtractionError } from "@/lib/cv/extract/extraction-error";
import { extractionLimits } from "@/lib/cv/extract/limits";
import { readPostingFile } from "@/lib/jobs/read-posting-file";
import { textLimits } from "@/lib/security/text-limits";

const file = (text: string) => new TextEncoder().encode(text);

describe("reading a job posting file", () => {
  it("refuses a file whose text is longer than a posting, saying the limit and the length", async () => {
    const refused = await readPostingFile(file("a".repeat(textLimits.jobPosting + 1)), { maxBytes: 5 << 20 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ExtractionError);
    expect((refused as ExtractionError).problem).toBe("too_much_text");
    expect((refused as ExtractionError).message).toBe(
      "Job postings can be at most 50,000 characters; this one has 50,001. Paste the part with the role and its requirements instead.",
    );
  });

  it("words the shared extractors' refusals for a posting, not a CV", async () => {
    const refused = await readPostingFile(file("a ".repeat(extractionLimits.maxTextChars)), { maxBytes: 5 << 20 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ExtractionError);
    expect((refused as ExtractionError).problem).toBe("too_much_text");
    expect((refused as ExtractionError).message).toBe(
      "This file holds more than 250,000 characters of text, far more than a job posting. Upload only your job posting, or paste its text instead.",
    );
  });

  it("reads a posting right at the limit", async () => {
    expect(await readPostingFile(file("a".repeat(textLimits.jobPosting)), { maxBytes: 5 << 20 })).toHaveLength(textLimits.jobPosting);
  });
});
