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

/** What the file was meant to hold; the messages name it, so a posting's refusal does not speak of a CV. */
export type ExtractedDocument = "CV" | "job posting";

type Wording = (what: ExtractedDocument) => string;

const extractionWordings: Record<ExtractionProblem, Wording> = {
  password_protected: () =>
    "This PDF is password-protected, so its text cannot be read. Save a copy without a password (in your PDF viewer: Print → Save as PDF), upload a DOCX, or paste the text.",
  image_only: () =>
    "This PDF holds only images of pages (a scan or a photo), with no text to read. Upload the original DOCX or a PDF exported from your editor, or paste the text.",
  unreadable: () => "This file is damaged or not a valid PDF/DOCX. Export it again from your editor, or paste the text.",
  empty: () => "This file has no text in it. Check that you picked the right file, or paste the text.",
  unsupported_type: (what) => `Only PDF and DOCX files can be read. Save your ${what} as PDF or DOCX (not .doc, .pages or an image), or paste the text.`,
  too_large: () => "This file is too large.",
  zip_bomb: (what) => `This DOCX expands to far more data than a ${what} could hold, so it was not opened. Save it again from Word or paste the text.`,
  too_complex: () => "This PDF is too complex to read. Export it again from your editor, or paste the text instead.",
  too_many_pages: (what) => `This PDF has too many pages for a ${what}. Export only the pages of your ${what}, or paste the text instead.`,
  too_much_text: (what) => `This file holds far more text than a ${what}. Upload only your ${what}, or paste its text instead.`,
};

/**
 * A refusal to read a file. Its message speaks of a CV; `about` words it for another document, where
 * the shared extractors are used for one.
 */
export class ExtractionError extends Error {
  private readonly wording: Wording;

  constructor(
    readonly problem: ExtractionProblem,
    message: string | Wording = extractionWordings[problem],
  ) {
    const wording = typeof message === "string" ? () => message : message;
    super(wording("CV"));
    this.name = "ExtractionError";
    this.wording = wording;
  }

  /** The same refusal, worded for the given document. */
  about(what: ExtractedDocument): ExtractionError {
    return new ExtractionError(this.problem, this.wording(what));
  }
}

/** The page cap, said with the numbers so the user knows what to cut. */
export const tooManyPagesError = (pages: number, maxPages: number) =>
  new ExtractionError(
    "too_many_pages",
    (what) => `This PDF has ${pages} pages; a ${what} can have at most ${maxPages}. Export only the pages of your ${what}, or paste the text instead.`,
  );

export const tooMuchTextError = (maxChars: number) =>
  new ExtractionError(
    "too_much_text",
    (what) =>
      `This file holds more than ${maxChars.toLocaleString("en")} characters of text, far more than a ${what}. Upload only your ${what}, or paste its text instead.`,
  );
