import { describe, expect, it } from "vitest";
import { ExtractionError, tooManyPagesError } from "@/lib/cv/extract/extraction-error";

describe("ExtractionError wording", () => {
  it("speaks of a CV unless told otherwise", () => {
    expect(new ExtractionError("unsupported_type").message).toContain("Save your CV as PDF or DOCX");
    expect(tooManyPagesError(12, 10).message).toBe(
      "This PDF has 12 pages; a CV can have at most 10. Export only the pages of your CV, or paste the text instead.",
    );
  });

  it("rewords a refusal for a job posting, keeping its problem and numbers", () => {
    const posting = tooManyPagesError(12, 10).about("job posting");
    expect(posting.problem).toBe("too_many_pages");
    expect(posting.message).toBe(
      "This PDF has 12 pages; a job posting can have at most 10. Export only the pages of your job posting, or paste the text instead.",
    );
    expect(new ExtractionError("zip_bomb").about("job posting").message).not.toContain("CV");
  });

  it("keeps a message written for one document as it is", () => {
    const message = "This file is larger than 5 MB. Paste the posting's text instead.";
    expect(new ExtractionError("too_large", message).about("job posting").message).toBe(message);
  });
});
