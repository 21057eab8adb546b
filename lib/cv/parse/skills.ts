import { profileBounds, sourced, type Sourced } from "@/lib/cv/profile";
import { skillCatalog } from "@/lib/skills/catalog";
import { skillMentions } from "@/lib/skills/mentions";
import { charClass, trimEndWhere, trimStartWhere } from "@/lib/text/trim";

// Starts only where a run of spaces starts: from inside one it would read the rest of it again.
const separators = /(?<!\s)\s*(?:,|;|、|，|•|·|\||\/(?!\w{1,3}\b)| {3,}|\t)\s*/g;
// The separators that mark a line as a list of several items written on one line.
const inlineSeparator = /[,;、，•·|]/;
const itemOpening = charClass(/[\s\-–:]/);
const itemClosing = charClass(/[\s.\-–:]/);
const bulletStart = /^[•◦●▪‣∙*\-–]\s*/;
const labelStart = /^[\p{L} &]{2,30}:\s+/u;
const wideGap = / {3,}|\t/;

type ListLine = { text: string; lines: { line: string; from: number }[] };

/**
 * Lines of a skills section with wrapped items joined: in a list written on one line ("Excel, Fixed asset"), an item
 * that reaches the line's end without a separator and goes on with a lower-case word or a bracket on the next line
 * ("accounting", "(teaching)") is one item. Lists of one item per line are left as they are.
 */
function joinWrappedItems(lines: { line: string }[]): ListLine[] {
  const out: ListLine[] = [];
  for (const { line } of lines) {
    const body = line.replace(bulletStart, "").trim();
    const previous = out.at(-1);
    const previousEnd = previous?.text.trimEnd().at(-1) ?? "";
    const wraps = previous && inlineSeparator.test(previous.text.replace(bulletStart, "")) && !inlineSeparator.test(previousEnd) && /^[\p{Ll}(]/u.test(body);
    if (previous && wraps) {
      previous.text = `${previous.text.trimEnd()} `;
      previous.lines.push({ line, from: previous.text.length });
      previous.text += body;
    } else out.push({ text: line, lines: [{ line, from: 0 }] });
  }
  return out;
}

/**
 * The row label of a skills table: a first cell set off by a wide gap names the row, it is not a skill. It is one
 * when the rest of the line is a list with other separators ("Tools   Git · Docker"), or when the line has no other
 * wide gap and the next line has none either: the list goes on one item per line under the first ("Fachlich   KNX"
 * then "Photovoltaik"). A table of skills and levels ("Python   Expert") has the gap on every line.
 */
function withoutRowLabel(text: string, next: string | undefined): string {
  const gap = wideGap.exec(text);
  if (!gap) return text;
  const label = text.slice(0, gap.index).trim();
  const rest = text.slice(gap.index + gap[0].length);
  const shortLabel = label.split(/\s+/).length <= 4 && !inlineSeparator.test(label) && !/\d/.test(label);
  const listGoesOnBelow = !wideGap.test(rest) && next !== undefined && next.trim() !== "" && !wideGap.test(next.trim());
  return shortLabel && (inlineSeparator.test(rest) || listGoesOnBelow) ? " ".repeat(gap.index + gap[0].length) + rest : text;
}

/** Where the items of a list line start and end: at its separators, but not at one inside brackets ("Excel (VLOOKUP, Pivot)"). */
function itemSpans(text: string): { start: number; end: number }[] {
  const depthAt: number[] = [0];
  for (const char of text) {
    const depth = depthAt.at(-1)!;
    const next = "([{".includes(char) ? depth + 1 : ")]}".includes(char) ? Math.max(0, depth - 1) : depth;
    // One entry per UTF-16 unit, so that match indexes can be looked up.
    for (let unit = 0; unit < char.length; unit++) depthAt.push(next);
  }
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(separators)) {
    if (depthAt[match.index]! > 0) continue;
    spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/** The items listed in a skills section: "Languages: Python, Go" gives Python and Go (as many as a profile keeps). */
export function listedSkills(lines: { line: string }[]): Sourced[] {
  const out: Sourced[] = [];
  const seen = new Set<string>();
  const listLines = joinWrappedItems(lines);
  for (const [index, listLine] of listLines.entries()) {
    const opening = bulletStart.exec(listLine.text)?.[0].length ?? 0;
    const label = labelStart.exec(listLine.text.slice(opening))?.[0].length ?? 0;
    // Blanked rather than cut, so that positions still point into the line.
    const text = withoutRowLabel(" ".repeat(opening + label) + listLine.text.slice(opening + label), listLines[index + 1]?.text);
    for (const { start, end } of itemSpans(text)) {
      const item = trimEndWhere(trimStartWhere(text.slice(start, end), itemOpening), itemClosing).replace(/^and\s+/i, "");
      const key = item.toLowerCase();
      if (!item || item.length > 40 || item.split(/\s+/).length > 5 || seen.has(key) || /^(and|or|etc|over|lines|\d+)$/i.test(item)) continue;
      if (!/\p{L}/u.test(item)) continue;
      seen.add(key);
      const source = listLine.lines.filter((l, i) => l.from < end && (listLine.lines[i + 1]?.from ?? Infinity) > start).map((l) => l.line);
      out.push(sourced(item, source.join("\n"), 0.85));
      if (out.length === profileBounds.items) return out;
    }
  }
  return out;
}

/**
 * Catalogue skills named anywhere in the text (bullets, summary), each as the CV writes it ("k8s"
 * stays "k8s": matching knows it is Kubernetes) with the first line naming it.
 */
export function mentionedSkills(lines: string[], already: Sourced[]): Sourced[] {
  const known = new Set(already.map((s) => s.value.toLowerCase()));
  const firstLine = new Map<string, Sourced>();
  for (const line of lines) {
    for (const [name, { wording }] of skillMentions(line)) if (!firstLine.has(name)) firstLine.set(name, sourced(wording, line, 0.6));
  }
  return skillCatalog
    .filter((skill) => firstLine.has(skill.name) && !known.has(skill.name.toLowerCase()) && !skill.aliases.some((a) => known.has(a.toLowerCase())))
    .map((skill) => firstLine.get(skill.name)!);
}
