import { withoutDiacritics } from "@/lib/chat/fold";

/**
 * The server's check of an answer's citations. The model is asked to cite CV lines as `[L12]`; here
 * every cited line must exist, and every sentence that cites lines must be about them: what it quotes
 * is in them word for word, and it shares a word or number with them. A sentence that states a fact
 * (a number, a name) with no citation, or whose citations fail, is "unchecked": the UI marks it
 * rather than showing it as fact. Everything here scans the text once; no pattern can backtrack.
 */

export type Citation = { line: number; text: string; verified: boolean };
export type CheckedAnswer = { citations: Citation[]; unchecked: string[] };

/** A sentence of an answer, the lines it cites, and whether a line break follows it (lists keep their shape). */
export type Sentence = { text: string; lines: number[]; endsLine: boolean };

const isDigit = (c: string) => c >= "0" && c <= "9";

/** Reads `[L12]`, `[L12, L14]` or `[L12,14]` at `at`; returns the lines and where the marker ends. */
export function readMarker(text: string, at: number): { lines: number[]; end: number } | null {
  if (text[at] !== "[" || text[at + 1] !== "L") return null;
  const lines: number[] = [];
  let i = at + 1;
  for (;;) {
    if (text[i] === "L") i++;
    const start = i;
    while (i < text.length && i - start < 5 && isDigit(text[i]!)) i++;
    if (i === start) return null;
    lines.push(Number(text.slice(start, i)));
    while (text[i] === " ") i++;
    if (text[i] === "]") return { lines, end: i + 1 };
    if (text[i] !== "," && text[i] !== ";") return null;
    i++;
    while (text[i] === " ") i++;
  }
}

/** A sentence without the gaps its markers left: "at Acme [L2]." reads "at Acme.". */
function tidy(text: string): string {
  let tidied = text.split(" ").filter(Boolean).join(" ");
  for (const mark of [".", ",", ";", ":", "!", "?"]) tidied = tidied.replaceAll(` ${mark}`, mark);
  return tidied;
}

/** The answer cut into sentences, each with the lines its markers cite. A marker belongs to the sentence it ends or follows. */
export function sentencesOf(answer: string): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Sentence = { text: "", lines: [], endsLine: false };
  const close = (endsLine = false) => {
    const text = tidy(current.text);
    if (text || current.lines.length) sentences.push({ text, lines: current.lines, endsLine });
    else if (endsLine && sentences.length) sentences[sentences.length - 1]!.endsLine = true;
    current = { text: "", lines: [], endsLine: false };
  };
  for (let i = 0; i < answer.length; i++) {
    const marker = answer[i] === "[" ? readMarker(answer, i) : null;
    if (marker) {
      // A marker just after a full stop still cites the sentence it follows.
      const target = !tidy(current.text) && sentences.length ? sentences[sentences.length - 1]! : current;
      target.lines.push(...marker.lines);
      i = marker.end - 1;
      continue;
    }
    const c = answer[i]!;
    if (c === "\n") {
      close(true);
      continue;
    }
    current.text += c;
    const next = answer[i + 1];
    if ((c === "." || c === "!" || c === "?") && (next === undefined || next === " " || next === "\n") && !isDigit(answer[i - 1] ?? "")) close();
  }
  close();
  return sentences;
}

/** Lower-case words and numbers, without accents, for comparing an answer with a line. */
function tokensOf(text: string): string[] {
  const tokens: string[] = [];
  let word = "";
  for (const c of withoutDiacritics(text.toLowerCase())) {
    if ((c >= "a" && c <= "z") || isDigit(c)) word += c;
    else if (word) {
      tokens.push(word);
      word = "";
    }
  }
  if (word) tokens.push(word);
  return tokens;
}

const squash = (text: string) => tokensOf(text).join(" ");

/** What a sentence puts in quotation marks, straight or curly. */
export function quotesOf(sentence: string): string[] {
  const quotes: string[] = [];
  let open: number | null = null;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === '"' || c === "“" || c === "”") {
      if (open === null) open = i + 1;
      else {
        quotes.push(sentence.slice(open, i));
        open = null;
      }
    }
  }
  return quotes.filter((q) => q.trim());
}

// Words that say nothing about a line: sharing one of them proves nothing.
const filler = new Set(
  "the a an and or of in at on for to with as by from is was were are be been has have had he she they his her their this that it its cv resume candidate line lines also".split(
    " ",
  ),
);

function supports(sentence: string, cited: string[]): boolean {
  const evidence = squash(cited.join(" "));
  if (!quotesOf(sentence).every((quote) => evidence.includes(squash(quote)))) return false;
  const evidenceWords = new Set(evidence.split(" "));
  return tokensOf(sentence).some((token) => !filler.has(token) && (token.length > 2 || isDigit(token[0]!)) && evidenceWords.has(token));
}

// Capitalised words that name no fact about the person.
const notNames = new Set(["CV", "I", "I'm"]);

/** A sentence that states something checkable: a number, or a capitalised word after its first word. */
function statesFact(sentence: string): boolean {
  const words = sentence.split(" ").filter(Boolean);
  return words.some((word, i) => isDigit(word[0] ?? "") || (i > 0 && !notNames.has(word) && word[0] !== word[0]?.toLowerCase() && word.length > 1));
}

export function checkCitations(answer: string, lines: readonly string[]): CheckedAnswer {
  const byLine = new Map<number, Citation>();
  const unchecked: string[] = [];
  for (const sentence of sentencesOf(answer)) {
    if (!sentence.lines.length) {
      if (statesFact(sentence.text)) unchecked.push(sentence.text);
      continue;
    }
    const cited = sentence.lines.map((n) => lines[n - 1]);
    const exists = cited.every((line) => line !== undefined);
    const verified = exists && supports(sentence.text, cited as string[]);
    if (!verified && sentence.text) unchecked.push(sentence.text);
    for (const n of sentence.lines) {
      const known = byLine.get(n);
      byLine.set(n, { line: n, text: lines[n - 1] ?? "", verified: (known?.verified ?? false) || verified });
    }
  }
  return { citations: [...byLine.values()], unchecked };
}
