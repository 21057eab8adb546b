import { describe, expect, it } from "vitest";
import { ExtractionError } from "@/lib/cv/extract/extraction-error";
import { extractCvText } from "@/lib/cv/extract/extract-cv-text";
import { extractionLimits } from "@/lib/cv/extract/limits";
import { readPostingFile } from "@/lib/jobs/read-posting-file";
import { hugeTextDocx, inflationBombPdf, manyPagesPdf, pdfWithPages } from "@/scripts/lib/hostile-files.mjs";

const maxBytes = 5 * 1024 * 1024;
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ problem: "none", message: "" }),
    (e: unknown) => (e instanceof ExtractionError ? { problem: e.problem, message: e.message } : { problem: `crash: ${String(e)}`, message: "" }),
  );

describe("extraction limits, without a worker", () => {
  it("refuses a PDF with more pages than a CV, saying how many it has", async () => {
    expect(await refusal(extractCvText(manyPagesPdf(312), { maxBytes }))).toEqual({
      problem: "too_many_pages",
      message: `This PDF has 312 pages; a CV can have at most ${extractionLimits.maxPdfPages}. Export only the pages of your CV, or paste the text instead.`,
    });
    const atTheCap = await extractCvText(manyPagesPdf(extractionLimits.maxPdfPages), { maxBytes });
    expect(atTheCap.lines).toContain(`Page ${extractionLimits.maxPdfPages}`);
  });

  it("refuses a PDF whose compressed stream inflates to four gigabytes, before pdf.js decodes it", async () => {
    const bomb = inflationBombPdf(4096);
    expect(bomb.length).toBeLessThan(maxBytes);
    expect(await refusal(extractCvText(bomb, { maxBytes }))).toMatchObject({ problem: "too_complex", message: expect.stringContaining("too complex to read") });
    // The same kind of file within the budget is read.
    expect((await extractCvText(inflationBombPdf(8), { maxBytes })).lines).toEqual(["Curriculum vitae"]);
  });

  it("counts every zlib stream in the file, not just the first", async () => {
    const half = Math.ceil(extractionLimits.maxPdfInflatedBytes / 2 / 1024 / 1024) + 1;
    const blank = Buffer.alloc(half * 1024 * 1024, 0x20);
    const threePages = pdfWithPages([Buffer.concat([Buffer.from("BT /F1 12 Tf 72 720 Td (One) Tj ET\n"), blank]), blank, blank]);
    expect((await refusal(extractCvText(threePages, { maxBytes }))).problem).toBe("too_complex");
  });

  it("refuses a DOCX with far more text than a CV, saying the limit", async () => {
    expect(await refusal(extractCvText(hugeTextDocx(2), { maxBytes }))).toEqual({
      problem: "too_much_text",
      message: `This file holds more than ${extractionLimits.maxTextChars.toLocaleString("en")} characters of text, far more than a CV. Upload only your CV, or paste its text instead.`,
    });
  });

  it("refuses a text posting with far more text than a posting", async () => {
    const text = new Uint8Array(Buffer.from("Senior engineer wanted. ".repeat(Math.ceil(extractionLimits.maxTextChars / 20))));
    expect((await refusal(readPostingFile(text, { maxBytes }))).problem).toBe("too_much_text");
  });
});
