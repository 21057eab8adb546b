/**
 * Turns positioned text items of one PDF page into lines in reading order. pdf.js hands out items
 * in drawing order, which for two-column CVs interleaves the columns (a skills sidebar inside the
 * job bullets). Here, lines are rebuilt from positions, a gutter between columns is looked for, and
 * each band of the page that has one is read left column first, then right.
 */

export type TextItem = { text: string; x: number; y: number; width: number; height: number };
type Line = { y: number; x0: number; x1: number; height: number; items: TextItem[] };

/** Items below this size (points) are not readable on paper: hidden text, left out and reported. */
export const minimumReadableSize = 3.5;

function joinItems(items: TextItem[]): string {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let out = "";
  let end = -Infinity;
  for (const item of sorted) {
    const gap = item.x - end;
    // A visible gap wider than a few spaces is a tab stop: keep it as a wide separator.
    if (out && gap > item.height * 1.5) out += "   ";
    else if (out && gap > item.height * 0.15 && !out.endsWith(" ") && !item.text.startsWith(" ")) out += " ";
    out += item.text;
    end = Math.max(end, item.x + item.width);
  }
  return out.trimEnd();
}

/** Groups items sharing a baseline (within a fraction of their height) into lines, top to bottom. */
function toLines(items: TextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    // Lines start top to bottom, so only the last few can be on this item's baseline: walk back until one is
    // further above than any tolerance allows. The earliest line in reach wins, as a forward search would pick.
    const reach = Math.max(1.5, item.height * 0.4);
    let line: Line | undefined;
    for (let i = lines.length - 1; i >= 0 && lines[i]!.y - item.y <= reach; i--) {
      const l = lines[i]!;
      if (Math.abs(l.y - item.y) <= Math.max(1.5, Math.min(l.height, item.height) * 0.4)) line = l;
    }
    if (line) {
      line.items.push(item);
      line.x0 = Math.min(line.x0, item.x);
      line.x1 = Math.max(line.x1, item.x + item.width);
      line.height = Math.max(line.height, item.height);
    } else {
      lines.push({ y: item.y, x0: item.x, x1: item.x + item.width, height: item.height, items: [item] });
    }
  }
  return lines.sort((a, b) => b.y - a.y);
}

/**
 * The x of a gutter that splits the page into two columns of text, or null. A gutter is crossed by
 * few items, has real text on both sides, and the two sides are not row-aligned (a date column beside
 * its entries, or right-aligned dates, share baselines with their entries; true columns do not).
 */
export function findGutter(items: TextItem[], pageWidth: number): number | null {
  if (items.length < 20) return null;
  let best: { x: number; crossing: number } | null = null;
  for (let x = Math.round(pageWidth * 0.2); x <= pageWidth * 0.8; x += 2) {
    const crossing = items.filter((i) => i.x < x - 1 && i.x + i.width > x + 1).length;
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  if (!best || best.crossing > items.length * 0.06) return null;
  // Widen to the middle of the empty band around the best x.
  const left = items.filter((i) => i.x + i.width <= best!.x + 1);
  const right = items.filter((i) => i.x >= best!.x - 1);
  const leftChars = left.reduce((n, i) => n + i.text.trim().length, 0);
  const rightChars = right.reduce((n, i) => n + i.text.trim().length, 0);
  const total = leftChars + rightChars;
  if (leftChars < total * 0.12 || rightChars < total * 0.12) return null;
  const leftLines = toLines(left);
  const rightLines = toLines(right);
  if (leftLines.length < 5 || rightLines.length < 5) return null;
  const [fewer, more] = leftLines.length <= rightLines.length ? [leftLines, rightLines] : [rightLines, leftLines];
  const aligned = fewer.filter((l) => more.some((m) => Math.abs(m.y - l.y) < 1.5)).length;
  if (aligned > fewer.length * 0.5) return null;
  const gapStart = Math.max(...left.map((i) => i.x + i.width).filter((e) => e <= best!.x + 1));
  const gapEnd = Math.min(...right.map((i) => i.x).filter((s) => s >= best!.x - 1));
  return Number.isFinite(gapStart) && Number.isFinite(gapEnd) ? (gapStart + gapEnd) / 2 : best.x;
}

/** One page's text in reading order, one string per line. */
export function pageLines(items: TextItem[], pageWidth: number): string[] {
  const readable = withoutOverprints(items.filter((i) => i.text.trim() && i.height >= minimumReadableSize));
  const gutter = findGutter(readable, pageWidth);
  if (gutter === null) return toLines(readable).map((l) => joinItems(l.items));

  // Bands: runs of lines that do not cross the gutter are read column by column; a line that crosses
  // it (a full-width header or footer) is read where it stands.
  const out: string[] = [];
  let band: Line[] = [];
  const flush = () => {
    const left = band.flatMap((l) => l.items.filter((i) => i.x + i.width / 2 < gutter));
    const right = band.flatMap((l) => l.items.filter((i) => i.x + i.width / 2 >= gutter));
    out.push(...toLines(left).map((l) => joinItems(l.items)), ...toLines(right).map((l) => joinItems(l.items)));
    band = [];
  };
  for (const line of toLines(readable)) {
    if (line.items.some((i) => i.x < gutter - 1 && i.x + i.width > gutter + 1)) {
      flush();
      out.push(joinItems(line.items));
    } else band.push(line);
  }
  flush();
  return out;
}

/** Drops copies of an item drawn again a fraction of a point away: "poor man's bold", which would triple each letter. */
function withoutOverprints(items: TextItem[]): TextItem[] {
  // Kept items by text and point cell: a copy less than a point away is in this cell or a neighbouring one.
  const cells = new Map<string, TextItem[]>();
  const cellKey = (text: string, x: number, y: number) => `${x}|${y}|${text}`;
  const kept: TextItem[] = [];
  for (const item of items) {
    const [cx, cy] = [Math.floor(item.x), Math.floor(item.y)];
    let copy = false;
    for (let dx = -1; dx <= 1 && !copy; dx++) {
      for (let dy = -1; dy <= 1 && !copy; dy++) {
        copy = (cells.get(cellKey(item.text, cx + dx, cy + dy)) ?? []).some((k) => Math.abs(k.x - item.x) < 1 && Math.abs(k.y - item.y) < 1);
      }
    }
    if (copy) continue;
    kept.push(item);
    const key = cellKey(item.text, cx, cy);
    cells.set(key, [...(cells.get(key) ?? []), item]);
  }
  return kept;
}

export function hiddenItemCount(items: TextItem[]): number {
  return items.filter((i) => i.text.trim() && i.height < minimumReadableSize).length;
}
