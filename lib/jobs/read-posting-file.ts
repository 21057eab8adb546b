import { extractDocxText } from "@/lib/cv/extract/docx";
import { ExtractionError, tooMuchTextError } from "@/lib/cv/extract/extraction-error";
import { checkZipArchive, detectFileType } from "@/lib/cv/extract/file-type";
import { extractionLimits } from "@/lib/cv/extract/limits";
import { normalizeLines } from "@/lib/cv/extract/normalize";
import { extractPdfText } from "@/lib/cv/extract/pdf";
import { textLimits, tooLongMessage } from "@/lib/security/text-limits";
import { withoutControlCharacters } from "@/lib/text/control-characters";

/** The posting's text, unless it is longer than any posting: analysing it would hold up the server for nothing. */
function withinPostingLimit(text: string): string {
  if (text.length <= textLimits.jobPosting) return text;
  throw new ExtractionError(
    "too_much_text",
    tooLongMessage("Job postings", textLimits.jobPosting, text.length, "Paste the part with the role and its requirements instead."),
  );
}

/**
 * A job posting file's text: PDF and DOCX through the CV extractors (same checks), anything else
 * must be UTF-8 text (TXT, Markdown, JSON). Throws ExtractionError with a message for the user,
 * worded for a posting.
 */
export async function readPostingFile(bytes: Uint8Array, limits: { maxBytes: number }): Promise<string> {
  try {
    return await readText(bytes, limits);
  } catch (error) {
    throw error instanceof ExtractionError ? error.about("job posting") : error;
  }
}

async function readText(bytes: Uint8Array, { maxBytes }: { maxBytes: number }): Promise<string> {
  if (bytes.length === 0) throw new ExtractionError("empty");
  if (bytes.length > maxBytes)
    throw new ExtractionError("too_large", `This file is larger than ${Math.round(maxBytes / 1048576)} MB. Paste the posting's text instead.`);
  let type: "pdf" | "docx" | "text";
  try {
    type = detectFileType(bytes);
  } catch {
    type = "text";
  }
  if (type === "pdf") return withinPostingLimit(normalizeLines((await extractPdfText(bytes)).lines).join("\n"));
  if (type === "docx") {
    checkZipArchive(bytes);
    return withinPostingLimit(normalizeLines((await extractDocxText(bytes)).lines).join("\n"));
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (text.length > extractionLimits.maxTextChars) throw tooMuchTextError(extractionLimits.maxTextChars);
  // Binary files decode to replacement characters and control codes.
  const unreadable = (text.match(/[\uFFFD\u0000-\u0008\u000E-\u001F]/g) ?? []).length;
  if (unreadable > text.length * 0.01)
    throw new ExtractionError("unsupported_type", "Job postings can be PDF, DOCX or text files (TXT, Markdown, JSON). Paste the text instead.");
  if (!/[\p{L}]/u.test(text)) throw new ExtractionError("empty");
  return withinPostingLimit(withoutControlCharacters(text));
}
