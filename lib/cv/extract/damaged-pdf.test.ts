import { describe, expect, it } from "vitest";
import { extractPdfText } from "@/lib/cv/extract/pdf";

// A PDF that opens but whose page tree points at something that is not a page: pdf.js fails only
// when the page is read, as it does for many files cut off or damaged in transit.
const brokenPageTree = new Uint8Array(
  Buffer.from(
    "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n42\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
    "latin1",
  ),
);

describe("a damaged PDF", () => {
  it("is refused as unreadable, with what to do, when it fails on a page rather than on opening", async () => {
    const error = await extractPdfText(brokenPageTree).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ExtractionError", problem: "unreadable" });
    expect((error as Error).message).toMatch(/Export it again/);
  });
});
