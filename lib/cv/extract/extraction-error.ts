/** Why a file's text could not be read, each with what the user can do about it. */
export type ExtractionProblem =
  | "password_protected"
  | "image_only"
  | "unreadable"
  | "empty"
  | "unsupported_type"
  | "too_large"
  | "zip_bomb"
  | "too_complex"
  | "too_many_pages"
  | "too_much_text";

export const extractionMessages: Record<ExtractionProblem, string> = {
  password_protected: "This PDF is password-protected, so its text cannot be read. Save a copy without a password (in your PDF viewer: Print → Save as PDF), upload a DOCX, or paste the text.",
  image_only: "This PDF holds only images of pages (a scan or a photo), with no text to read. Upload the original DOCX or a PDF exported from your editor, or paste the text.",
  unreadable: "This file is damaged or not a valid PDF/DOCX. Export it again from your editor, or paste the text.",
  empty: "This file has no text in it. Check that you picked the right file, or paste the text.",
  unsupported_type: "Only PDF and DOCX files can be read. Save your CV as PDF or DOCX (not .doc, .pages or an image), or paste the text.",
  too_large: "This file is too large.",
  zip_bomb: "This DOCX expands to far more data than a CV could hold, so it was not opened. Save it again from Word or paste the text.",
  too_complex: "This PDF is too complex to read. Export it again from your editor, or paste the text instead.",
  too_many_pages: "This PDF has too many pages for a CV. Export only the pages of your CV, or paste the text instead.",
  too_much_text: "This file holds far more text than a CV. Upload only your CV, or paste its text instead.",
};

export class ExtractionError extends Error {
  constructor(readonly problem: ExtractionProblem, message = extractionMessages[problem]) {
    super(message);
    this.name = "ExtractionError";
  }
}

/** The page cap, said with the numbers so the user knows what to cut. */
export const tooManyPagesError = (pages: number, maxPages: number) =>
  new ExtractionError("too_many_pages", `This PDF has ${pages} pages; a CV can have at most ${maxPages}. Export only the pages of your CV, or paste the text instead.`);

export const tooMuchTextError = (maxChars: number) =>
  new ExtractionError("too_much_text", `This file holds more than ${maxChars.toLocaleString("en")} characters of text, far more than a CV. Upload only your CV, or paste its text instead.`);
