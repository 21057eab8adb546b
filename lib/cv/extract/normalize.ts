import { withoutControlCharacters } from "@/lib/text/control-characters";

// Text from PDFs and Word carries typographic characters that defeat matching: ligatures ("ﬁxed"),
// soft hyphens (sometimes used as the dash of a date range), non-breaking and zero-width spaces, and
// half a dozen Unicode dashes. Everything downstream sees plain, comparable text.

const ligatures: Record<string, string> = { "\uFB00": "ff", "\uFB01": "fi", "\uFB02": "fl", "\uFB03": "ffi", "\uFB04": "ffl", "\uFB05": "st", "\uFB06": "st" };

export function normalizeLine(line: string): string {
  return (
    withoutControlCharacters(line)
      .replace(/[\uFB00-\uFB06]/g, (c) => ligatures[c] ?? c)
      // Some generators print U+00AD as their visible hyphen ("high­impact", "Sep. 2023 ­ Mar. 2024").
      // Beside another hyphen it is redundant; beside a space it is a range dash; inside a word, a hyphen.
      // Each run is matched from its first character only (the look-behinds), so a long run costs one pass.
      .replace(/(?<!\u00AD)\u00AD+(?=[-\u2010\u2011])|(?<=[-\u2010\u2011])\u00AD+/g, "")
      .replace(/(?<![\s\u00AD])\s*\u00AD+\s+|(?<![\s\u00AD])\s+\u00AD+\s*/g, " – ")
      .replace(/\u00AD+/g, "-")
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, " ")
      .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
      // Hyphen-like characters become "-", dash-like ones "–" (both read as ranges later).
      .replace(/[\u2010\u2011\u2212\uFE63\uFF0D]/g, "-")
      .replace(/[\u2012\u2013\u2014\u2015]/g, "–")
      .replace(/-{2,}/g, "-")
      .replace(/\uFFFD/g, "")
      .replace(/ {4,}/g, "   ")
      .trim()
  );
}

/** Splits on any line break (CR, LF, Unicode separators), normalises each line, drops repeats of blank lines. */
export function normalizeLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const raw of lines.flatMap((l) => l.split(/\r\n|[\r\n\u2028\u2029\v\f]/))) {
    const line = normalizeLine(raw);
    if (line === "" && (out.length === 0 || out.at(-1) === "")) continue;
    out.push(line);
  }
  while (out.at(-1) === "") out.pop();
  return out;
}
