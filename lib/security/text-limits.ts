import { z } from "zod";
import { withoutControlCharacters } from "@/lib/text/control-characters";

// Every limit on the length of text a user can send, in one place. The parsers, checks and diffs that
// read this text run on the server inside a request, so each bound is set where the slowest of them
// still answers in well under a tenth of a second (`npm run bench:adversarial` measures it), and well
// above what any real document of its kind holds. Lengths are counted as String.length.

export const textLimits = {
  /**
   * A job posting, pasted or read from a file. Real postings run 2,000–20,000 characters (a US
   * federal posting with all its benefits text is about 18,000); anything longer is a whole careers
   * page or several postings at once.
   */
  jobPosting: 50_000,
  /**
   * A CV's text, pasted or extracted from a file. A dense two-page CV holds about 8,000 characters
   * and a long academic one with publications 40,000; a DOCX can expand to megabytes of text, which
   * is not a CV.
   */
  cvText: 60_000,
  /**
   * A document saved from the editor. Generated documents are capped at 2,500 tokens (about 10,000
   * characters); this leaves room to extend one threefold. Every view of a document's page draws it
   * on the server, and one made of nothing but short list items or headings takes the longest.
   */
  document: 30_000,
  /** One chat message: a question about a CV or a posting, with a pasted paragraph for context. */
  chatMessage: 4_000,
  /** One field of the CV profile form; a skills list typed as "a, b, c" is the longest. */
  profileField: 5_000,
  /** Words to search the history for; a longer query is dropped, not refused, as it comes from a URL. */
  searchQuery: 200,
} as const;

/**
 * Form fields of the HR tools, by what they hold. The whole brief goes into one prompt, so the sum of
 * the fields stays far below the model's context.
 */
export const fieldLimits = {
  /** A name, a job title, a department: the longest real job titles are under 100 characters. */
  name: 120,
  /** One line of free text: a location, a review period, a bonus or equity clause. */
  line: 300,
  /** A postal address over a few lines. */
  address: 400,
  /** A paragraph of prose: what the company does, its mission, size and stage. */
  paragraph: 2_000,
  /** A short list, one item per line: systems, equipment, competencies, conditions. */
  shortList: 2_000,
  /** A list, one item per line: skills, benefits, strengths, areas to improve. */
  list: 3_000,
  /** A few paragraphs, or a long list: responsibilities, goals and outcomes, manager notes. */
  longText: 4_000,
  /**
   * Items in one list. Each becomes a line or a table row of the document, sometimes with other fields
   * repeated in it; real briefs list 5 to 20.
   */
  listItems: 40,
} as const;

const count = (n: number) => n.toLocaleString("en");

/** "Job postings can be at most 50,000 characters; this one has 73,412. Paste the part with the role." */
export function tooLongMessage(what: string, limit: number, actual: number, advice: string): string {
  return `${what} can be at most ${count(limit)} characters; this one has ${count(actual)}. ${advice}`;
}

/**
 * A trimmed string of at most `limit` characters, whose error names the limit and the length sent:
 * `boundedText(textLimits.jobPosting, "Job postings", "Paste the part with the role.")`.
 */
export function boundedText(limit: number, what: string, advice: string) {
  return z
    .string()
    .overwrite(withoutControlCharacters)
    .trim()
    .max(limit, { error: (issue) => tooLongMessage(what, limit, typeof issue.input === "string" ? issue.input.length : limit + 1, advice) });
}
