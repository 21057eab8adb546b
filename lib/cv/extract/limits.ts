// Budgets for reading one uploaded file. Files run in a parse worker with its own memory and time
// limits; these refuse what is plainly not a CV early, with a message that says what to do.

export const extractionLimits = {
  /**
   * Pages read from a PDF. CVs run one to three pages and long academic ones about ten; pdf.js parses
   * every page on its own, so a 300-page upload is refused before any page is read.
   */
  maxPdfPages: 20,
  /**
   * Bytes all compressed (Flate) streams of a PDF may inflate to, together. pdf.js keeps a decoded
   * stream in one growing buffer outside the JavaScript heap, which a worker's heap limit does not
   * cap: a 1 MB file can inflate to 1 GB. The corpus's largest is 16 MB (a CV with a photo).
   */
  maxPdfInflatedBytes: 128 * 1024 * 1024,
  /** Characters of text read from a file. A dense 20-page CV holds about 100 000. */
  maxTextChars: 250_000,
};
