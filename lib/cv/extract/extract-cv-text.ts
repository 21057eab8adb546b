import { extractDocxText } from "@/lib/cv/extract/docx";
import { ExtractionError } from "@/lib/cv/extract/extraction-error";
import { checkZipArchive, detectFileType, type CvFileType } from "@/lib/cv/extract/file-type";
import { normalizeLines } from "@/lib/cv/extract/normalize";
import { extractPdfText } from "@/lib/cv/extract/pdf";

export type CvText = { type: CvFileType; lines: string[]; pages: number; hiddenTextItems: number };

/**
 * A CV file's text, normalised, one entry per line in reading order. Throws ExtractionError with a
 * message for the user when the file is too large, of another type, protected, scanned or broken.
 */
export async function extractCvText(bytes: Uint8Array, { maxBytes }: { maxBytes: number }): Promise<CvText> {
  if (bytes.length === 0) throw new ExtractionError("empty");
  if (bytes.length > maxBytes) {
    throw new ExtractionError(
      "too_large",
      `This file is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${Math.round(maxBytes / 1048576)} MB. Export a smaller PDF (without photos) or paste the text.`,
    );
  }
  const type = detectFileType(bytes);
  if (type === "docx") checkZipArchive(bytes);
  const extracted = type === "pdf" ? await extractPdfText(bytes) : await extractDocxText(bytes);
  const lines = normalizeLines(extracted.lines);
  if (!lines.some((l) => /[\p{L}\p{N}]/u.test(l))) throw new ExtractionError(type === "pdf" ? "image_only" : "empty");
  return { type, lines, pages: extracted.pages, hiddenTextItems: extracted.hiddenTextItems };
}
