import mammoth from "mammoth";
import { docxHeaderFooterLines } from "@/lib/cv/extract/docx-header-footer";
import { ExtractionError, tooMuchTextError } from "@/lib/cv/extract/extraction-error";
import { extractionLimits } from "@/lib/cv/extract/limits";
import type { ExtractedText } from "@/lib/cv/extract/pdf";

/**
 * Reads a DOCX's text with mammoth: paragraphs and table cells, each on its own line, in document
 * order, after the page header's lines and before the page footer's. Call only after
 * `checkZipArchive` has vetted the archive.
 */
export async function extractDocxText(bytes: Uint8Array, limits = extractionLimits): Promise<ExtractedText> {
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch {
    throw new ExtractionError("unreadable");
  }
  const { header, footer } = docxHeaderFooterLines(bytes);
  const characters = value.length + [...header, ...footer].reduce((n, l) => n + l.length, 0);
  if (characters > limits.maxTextChars) throw tooMuchTextError(limits.maxTextChars);
  const lines = [...header, ...value.split(/\n/), ...footer];
  if (!lines.some((l) => /[\p{L}\p{N}]/u.test(l))) throw new ExtractionError("empty");
  return { lines, pages: 1, hiddenTextItems: 0 };
}
