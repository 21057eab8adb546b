/**
 * How deep quotes and lists may nest on one line. Real documents nest three or four levels; Markdown
 * parsers recurse once per level, and "> > > …" or "1. 1. 1. …" across a line thousands of levels
 * deep overflows their stack or takes them seconds.
 */
export const maxNesting = 12;

/** The quote or list marker at `at` (">", "- ", "12. "): its length and where a backslash makes it text. */
function markerAt(line: string, at: number): { length: number; escapeAt: number } | null {
  const char = line[at];
  const spaceAfter = (end: number) => end === line.length || line[end] === " " || line[end] === "\t";
  if (char === ">") return { length: 1, escapeAt: at };
  if ((char === "-" || char === "*" || char === "+") && spaceAfter(at + 1)) return { length: 1, escapeAt: at };
  let end = at;
  while (end < line.length && end - at < 9 && line[end]! >= "0" && line[end]! <= "9") end++;
  if (end > at && (line[end] === "." || line[end] === ")") && spaceAfter(end + 1)) return { length: end + 1 - at, escapeAt: end };
  return null;
}

function boundLine(line: string): string {
  let at = 0;
  for (let depth = 1; ; depth++) {
    while (line[at] === " " || line[at] === "\t") at++;
    const marker = markerAt(line, at);
    if (!marker) return line;
    // A backslash makes the marker plain text: deeper levels read as the item's words.
    if (depth > maxNesting) return `${line.slice(0, marker.escapeAt)}\\${line.slice(marker.escapeAt)}`;
    at += marker.length;
  }
}

/** The Markdown with quote and list markers beyond `maxNesting` levels on a line escaped, read in one pass. */
export function withBoundedNesting(markdown: string): string {
  return markdown.split("\n").map(boundLine).join("\n");
}
