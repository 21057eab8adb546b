/**
 * The CV as the chat numbers it: its non-blank lines, 1-based. The prompt, the offline engine, the
 * citation check and the CV view beside the chat all number lines with this, so "line 12" means
 * the same line everywhere.
 */
export function numberedCvLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed) lines.push(trimmed);
  }
  return lines;
}
