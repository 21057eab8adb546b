// A posting's body as logical lines: list markers noted and removed, line breaks a DOCX or PDF lost
// put back, and lines a PDF or a text editor wrapped in mid-sentence joined again.

/** `enumerated`: the line began with a letter or number ("(A)", "2."), as the parts of a section do. */
export type PostingLine = { text: string; bullet: boolean; enumerated: boolean };

const bulletMarker = /^(?:[-*•·▪◦‣●○■□➢➤►–—]|\d{1,2}[.)]|\(?[a-zA-Z]\)|\(\d{1,2}\))\s+/u;
const enumerator = /^(?:\d{1,2}[.)]|\(?[a-zA-Z]\)|\(\d{1,2}\))\s/u;

/**
 * Breaks a paragraph where a DOCX or PDF dropped its line break: a sentence's full stop right before
 * a capitalised word ("up to date.Necessary prerequisites"), or a heading's colon right before its
 * first item ("Remuneration:(A) Skills").
 */
function lostBreaks(line: string): string[] {
  return line
    .replace(/(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})/gu, "\n")
    .replace(/(?<=\p{L}:)(?=\()/gu, "\n")
    .split("\n");
}

const endsSentence = /[.!?:;]["'”’)]?$/u;
const continuation = /^(?:\p{Ll}|\()/u;
const endsMidList = /(?:,|\b(?:and|or|of|with|in|to|the|a|an|for|y|o|de|en|con|et|ou|und|oder|e|em|com))$/iu;

/** Whether `next` carries on the sentence `previous` broke off. */
function carriesOn(previous: string, next: string): boolean {
  if (!previous || !next || endsSentence.test(previous) || bulletMarker.test(next)) return false;
  if (endsMidList.test(previous)) return true;
  // A wrapped line is a long one; the next starts in lower case, or continues a list ("BI, Inglés").
  return previous.length >= 60 && (continuation.test(next) || /^[^\s,]{1,30},/u.test(next));
}

/** The body's lines, trimmed, with blank lines kept as "" (they end paragraphs). */
export function postingLines(body: string): PostingLine[] {
  const lines: PostingLine[] = [];
  for (const raw of body.split("\n")) {
    for (const piece of lostBreaks(raw)) {
      const trimmed = piece.trim();
      const bullet = bulletMarker.test(trimmed);
      const text = bullet ? trimmed.replace(bulletMarker, "").trim() : trimmed;
      const last = lines.at(-1);
      if (last && !bullet && carriesOn(last.text, text)) last.text = `${last.text} ${text}`;
      else lines.push({ text, bullet, enumerated: enumerator.test(trimmed) });
    }
  }
  return lines;
}
