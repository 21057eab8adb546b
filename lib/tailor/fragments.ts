import { headingKind } from "@/lib/cv/parse/sections";

// Pieces of a CV's layout that a parser can leave inside a section: a heading ("Education",
// "Formación académica"), a letter-spaced heading as PDFs of designed CVs extract it
// ("E D U C AT I O N"), or one letter of such a heading on its own line ("C"). None of them is
// something the candidate wrote as a bullet or a skill, so the tailored CV leaves them out.

/** Up to two capital letters: how a letter-spaced capital heading splits ("E D U C AT I O N"). */
const isSpacedLetters = (token: string) => /^\p{Lu}{1,2}$/u.test(token);

/** The index of the first token of the run of spaced letters at the end of `tokens`. */
function spacedRunStart(tokens: string[]): number {
  let start = tokens.length;
  while (start > 0 && isSpacedLetters(tokens[start - 1]!)) start--;
  return start;
}

/**
 * Whether a run of tokens reads as a word spelled out letter by letter: four tokens or more, each one
 * or two capitals, most of them single letters. Initialisms in a sentence ("AWS S3 EC2", "Q A") do not.
 */
function isLetterSpacedRun(tokens: string[]): boolean {
  if (tokens.length < 4 || !tokens.every(isSpacedLetters)) return false;
  return tokens.filter((t) => t.length === 1).length * 2 > tokens.length;
}

/** "E D U C AT I O N", "S K I L L S": a whole text that is a letter-spaced word. */
export function isLetterSpaced(text: string): boolean {
  return isLetterSpacedRun(text.trim().split(/\s+/));
}

const compoundJoiners = new Set(["&", "and", "y", "et", "und", "e", "/"]);

/** Words that stand second in a compound heading ("Education and Training") without heading a section alone. */
const headingComplements = new Set(["training", "qualifications", "activities", "achievements", "interests", "formación", "formation", "weiterbildung"]);

/**
 * Whether a heading the parser knows is the whole text. The parser reads a compound by its first
 * part ("Skills & Awards"), so "Formación y desarrollo", a skill, reads as a heading there; here a
 * compound is a heading only when each part is one.
 */
function isWholeHeading(text: string): boolean {
  if (!headingKind(text)) return false;
  const parts: string[][] = [[]];
  for (const word of text.replaceAll("/", " / ").trim().split(/\s+/)) {
    if (compoundJoiners.has(word.toLowerCase())) parts.push([]);
    else parts[parts.length - 1]!.push(word);
  }
  return (
    parts.length === 1 || parts.every((words, i) => headingKind(words.join(" ")) !== null || (i > 0 && headingComplements.has(words.join(" ").toLowerCase())))
  );
}

/** A heading in any language the parser knows, written plainly or letter-spaced. */
export function isSectionHeading(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed) return false;
  if (isWholeHeading(trimmed)) return true;
  const tokens = trimmed.split(/\s+/);
  return tokens.length > 1 && tokens.every(isSpacedLetters) && headingKind(tokens.join("")) !== null;
}

/**
 * A bullet without a letter-spaced heading glued to its end by a two-column extraction ("…improving
 * team E D U C AT I O N"). The candidate's words are all kept; only the heading's letters go.
 */
export function withoutTrailingLetterSpacing(text: string): string {
  const tokens = text.trim().split(/\s+/);
  const start = spacedRunStart(tokens);
  if (start === 0 || !isLetterSpacedRun(tokens.slice(start))) return text;
  return tokens.slice(0, start).join(" ");
}

/** Whether a bullet line is a layout fragment rather than something the candidate wrote. */
export function isLayoutFragment(text: string): boolean {
  const trimmed = text.trim();
  // One letter or none is what is left of a heading or a bullet sign, never a sentence.
  return [...trimmed.replace(/[^\p{L}\p{N}]/gu, "")].length < 2 || isSectionHeading(trimmed) || isLetterSpaced(trimmed);
}

/** Separators of a list of skills (a wide gap between chips too), and the words that join its last two items. */
const isListSeparator = (token: string) => /^[,;•·|/]$/.test(token) || /^\s{2,}$|\t/.test(token);
const listJoiners = new Set(["and", "&", "or", "y", "et", "und", "e", "o"]);

/**
 * Whether a one-letter skill ("C", "R") stands as an item of a list in its source line: next to a
 * separator ("Python, R, SQL", "C • C++", "Go   C   Rust") or after "and" ("Python and R"). A letter
 * alone on a line is what is left of a heading's letters; one in brackets is a grade ("Mathematics (C)").
 */
function standsInList(letter: string, source: string): boolean {
  // Single spaces only part words; every other piece, separators included, is a token.
  const tokens = source.split(/(\s+|[,;•·|/])/).filter((t) => t && t !== " ");
  return tokens.some((token, i) => {
    if (token !== letter) return false;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    return (before !== undefined && (isListSeparator(before) || listJoiners.has(before.toLowerCase()))) || (after !== undefined && isListSeparator(after));
  });
}

/** Whether a listed skill is a real one, and not a heading, a heading's letters or a stray letter. */
export function isRealSkill(skill: { value: string; source: string }): boolean {
  const value = skill.value.trim();
  // "C++" and "C#" are names of their own; a bare letter must show it is an item of a list.
  if ([...value].length === 1) return /\p{L}/u.test(value) && !isLetterSpaced(skill.source) && standsInList(value, skill.source);
  return !isLayoutFragment(value) || /^\p{L}[+#]+$/u.test(value);
}
