import { plainPunctuation } from "@/lib/exit/analysis/normalise";
import { lookupIn } from "@/lib/exit/analysis/lexicon";

// Sentences and clauses, found by one scan of the characters. Clauses matter because an answer
// turns at "but" or "however": "Salary was OK, but my manager never listened" holds two opinions.

const enders = new Set([".", "!", "?", ";"]);
/** Abbreviations that never end a sentence, and those that do not when a number follows ("no. 4"). */
const titleAbbreviations = new Set(["mr", "mrs", "ms", "dr", "st", "prof", "sr", "jr", "eg", "ie", "vs", "approx", "dept"]);
const numberAbbreviations = new Set(["no", "nr", "tel", "ext", "ref", "apt", "art"]);

function abbreviationBefore(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, dot).toLowerCase();
  if (titleAbbreviations.has(word)) return true;
  return numberAbbreviations.has(word) && /^ ?\d/.test(text.slice(dot + 1, dot + 3));
}

/** The sentences of a text, trimmed, in order. A full stop between digits ("10.5") does not end one. */
export function sentencesOf(text: string): string[] {
  const plain = plainPunctuation(text);
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < plain.length; i++) {
    const char = plain[i]!;
    // "Well... it was hard" trails off inside one sentence: an ellipsis before a lower-case word does not end it.
    const trailsOff = char === "." && plain[i - 1] === "." && /^\s*\p{Ll}/u.test(plain.slice(i + 1, i + 4));
    if (trailsOff) continue;
    // "example.com", "d.whitmore", "10.5": a full stop inside a token; "no. 40", "Mr. Okafor": an abbreviation.
    const insideToken = /[\p{L}\p{N}]/u.test(plain[i + 1] ?? "");
    if (char === "." && (insideToken || abbreviationBefore(plain, i))) continue;
    if (char === "\n" || (enders.has(char) && !insideToken && !enders.has(plain[i + 1] ?? ""))) {
      const sentence = plain.slice(start, i + 1).trim();
      if (/[\p{L}\p{N}]/u.test(sentence)) out.push(sentence);
      start = i + 1;
    }
  }
  const rest = plain.slice(start).trim();
  if (/[\p{L}\p{N}]/u.test(rest)) out.push(rest);
  return out;
}

/** Words that start a clause turning against what came before, in the languages answers come in. */
export const contrastWords = [
  "but",
  "however",
  "though",
  "although",
  "except",
  "apart from",
  "aside from",
  "other than",
  "only thing",
  "only downside",
  "only problem",
  "only issue",
  "whereas",
  "yet",
  "pero",
  "aunque",
  "sin embargo",
  "aber",
  "jedoch",
  "trotzdem",
  "mais",
  "par contre",
  "cependant",
  "pourtant",
  "mas",
  "porém",
  "contudo",
  "no entanto",
] as const;

const contrastSet = new Set<string>(contrastWords);

/**
 * A sentence cut before each contrast word ("X, but Y" gives "X," and "but Y"). Words are read
 * one at a time, so the cut is linear in the sentence.
 */
/** Openings that set one thing apart from the rest: "Apart from the parking, it was great." */
export const exceptionOpenings = ["apart from", "aside from", "except for", "other than", "besides", "abgesehen von", "à part", "aparte de", "tirando"];

export function clausesOf(sentence: string): string[] {
  if (!lookupIn(sentence).has(contrastWords) && !lookupIn(sentence).has(exceptionOpenings)) return [sentence];
  const comma = sentence.indexOf(",");
  // The exception ends at the first comma; the rest is the verdict on everything else.
  if (comma > 0 && lookupIn(sentence.split(" ").slice(0, 3).join(" ")).has(exceptionOpenings)) {
    return [sentence.slice(0, comma + 1), ...clausesOf(sentence.slice(comma + 1).trim())];
  }
  const words = sentence.split(" ");
  const clauses: string[][] = [[]];
  for (let i = 0; i < words.length; i++) {
    const bare = words[i]!.toLowerCase().replace(/[^\p{L}]/gu, "");
    const pair = `${bare} ${(words[i + 1] ?? "").toLowerCase().replace(/[^\p{L}]/gu, "")}`;
    const turns = (contrastSet.has(bare) || contrastSet.has(pair)) && clauses.at(-1)!.length > 0;
    if (turns) clauses.push([]);
    clauses.at(-1)!.push(words[i]!);
  }
  return clauses.map((clause) => clause.join(" ")).filter((clause) => /[\p{L}\p{N}]/u.test(clause));
}
