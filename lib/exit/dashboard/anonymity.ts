// Anonymity thresholds for exit-interview aggregates. Attributed interviews (and invitations nobody has
// answered yet) are listed one by one, so HR can count them into any cell; whatever a cell holds beyond
// them is the confidential people in it. A cell is therefore hidden when it describes 1..k-1 people in
// all, or 1..k-1 confidential people ("primary" suppression). When a total is published beside the
// cells, a hidden cell would be recovered by subtraction, so more cells of the same line are hidden
// ("complementary" suppression) until every line with a hidden cell has at least two, and the hidden
// cells of a line hold 0 or at least k confidential people between them.

/** A group as counted: everyone in it, and how many of them are confidential (never listed, only counted). */
export type Group = { people: number; confidential: number };

/**
 * A count as it may be published: the number, or hidden, either because it describes fewer than k
 * people ("too_few") or to protect a smaller group: a confidential one, or one a total would reveal ("protects").
 */
export type HiddenReason = "too_few" | "protects";
export type Cell = { value: number; suppressed: false } | { value: null; suppressed: true; reason: HiddenReason };

export const thresholdBounds = { min: 2, max: 50 } as const;
export const retentionBounds = { min: 30, max: 3650 } as const;

const shown = (value: number): Cell => ({ value, suppressed: false });
const hidden = (reason: HiddenReason = "too_few"): Cell => ({ value: null, suppressed: true, reason });

/** Whether a count is too small to publish: zero describes nobody, so only 1..k-1 is. */
export const tooFew = (count: number, k: number) => count > 0 && count < k;

/** Whether publishing a group would describe too few people, or too few confidential ones. */
export const exposes = (group: Group, k: number) => tooFew(group.people, k) || tooFew(group.confidential, k);

export const sumGroups = (groups: readonly Group[]): Group =>
  groups.reduce((sum, g) => ({ people: sum.people + g.people, confidential: sum.confidential + g.confidential }), { people: 0, confidential: 0 });

/** A group of people who are all listed by name elsewhere. */
export const listedGroup = (people: number): Group => ({ people, confidential: 0 });

/**
 * What is wrong with a line (cells that add up to a published margin), if anything: a single hidden
 * cell equals the margin minus the rest, and the hidden cells together equal the margin minus the
 * shown ones, so their confidential people must be 0 or at least k.
 */
function lineNeeds(line: readonly [number, number][], values: Group[][], suppressed: boolean[][], k: number): "partner" | "confidential" | null {
  const hiddenCells = line.filter(([r, c]) => suppressed[r]![c]);
  if (!hiddenCells.length) return null;
  if (tooFew(sumGroups(hiddenCells.map(([r, c]) => values[r]![c]!)).confidential, k)) return "confidential";
  return hiddenCells.length === 1 ? "partner" : null;
}

/**
 * Hides more cells of a grid until every line (row or column) is safe (see `lineNeeds`). Each step
 * hides one visible cell of the offending line: one holding confidential people when those are what
 * is missing, otherwise the smallest, preferring cells that hold people to zeros.
 */
function protectLines(values: Group[][], suppressed: boolean[][], k: number): void {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const lines: [number, number][][] = [];
  for (let r = 0; r < rows; r++) lines.push(Array.from({ length: cols }, (_, c) => [r, c] as [number, number]));
  for (let c = 0; c < cols; c++) lines.push(Array.from({ length: rows }, (_, r) => [r, c] as [number, number]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const need = lineNeeds(line, values, suppressed, k);
      if (!need) continue;
      const candidates = line.filter(([r, c]) => !suppressed[r]![c]);
      if (!candidates.length) continue;
      // A hidden zero would not protect a hidden count when only zeros are left to hide.
      const size = ([r, c]: [number, number]) => (values[r]![c]!.people > 0 ? values[r]![c]!.people : Number.MAX_SAFE_INTEGER);
      const useless = ([r, c]: [number, number]) => (need === "confidential" && values[r]![c]!.confidential === 0 ? 1 : 0);
      const better = (a: [number, number], b: [number, number]) => useless(a) - useless(b) || size(a) - size(b);
      const [r, c] = candidates.reduce((best, cell) => (better(cell, best) < 0 ? cell : best));
      suppressed[r]![c] = true;
      changed = true;
    }
  }
}

/**
 * The counts of one chart whose total is published: each count exposing a small group is hidden,
 * and then more, so the hidden ones cannot be found from the total. The total itself is hidden when
 * it exposes a small group, and then every cell is.
 */
export function suppressCounts(counts: readonly Group[], k: number): { cells: Cell[]; total: Cell } {
  const total = sumGroups(counts);
  if (exposes(total, k)) return { cells: counts.map((g) => cellFor(g, true, k)), total: cellFor(total, true, k) };
  // The grid is the counts as one row with the total as its margin cell: row sum = total.
  const values = [[...counts, total]];
  const suppressed = [values[0]!.map((g, i) => i < counts.length && exposes(g, k))];
  protectLines(values, suppressed, k);
  return { cells: counts.map((g, i) => cellFor(g, suppressed[0]![i]!, k)), total: cellFor(total, suppressed[0]![counts.length]!, k) };
}

/** A group's cell: its number, or hidden as "fewer than k" when that is true of its people, else as protecting another. */
function cellFor(group: Group, isHidden: boolean, k: number): Cell {
  if (!isHidden) return shown(group.people);
  return hidden(tooFew(group.people, k) ? "too_few" : "protects");
}

/**
 * Counts that do not add up to a published total (one interview can name several themes): each is
 * hidden on its own when it exposes a small group.
 */
export function suppressIndependentCounts(counts: readonly Group[], k: number): Cell[] {
  return counts.map((g) => cellFor(g, exposes(g, k), k));
}

export type SuppressedTable = { cells: Cell[][]; rowTotals: Cell[]; columnTotals: Cell[]; total: Cell };

/**
 * A cross-table (departments × sentiment) with its row totals, column totals and grand total all
 * published: the counts and margins are one grid in which every row and column adds up, and the
 * hiding goes on until every line of it is safe.
 */
export function suppressTable(table: readonly (readonly Group[])[], k: number): SuppressedTable {
  const rows = table.length;
  const cols = table[0]?.length ?? 0;
  const rowTotals = table.map((row) => sumGroups(row));
  const columnTotals = Array.from({ length: cols }, (_, c) => sumGroups(table.map((row) => row[c]!)));
  const total = sumGroups(rowTotals);
  // Extended grid: each row ends with its total, and a last row holds the column totals and the total.
  const values = [...table.map((row, r) => [...row, rowTotals[r]!]), [...columnTotals, total]];
  const suppressed = values.map((row) => row.map((g) => exposes(g, k)));
  protectLines(values, suppressed, k);
  const cell = (r: number, c: number): Cell => cellFor(values[r]![c]!, suppressed[r]![c]!, k);
  return {
    cells: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(r, c))),
    rowTotals: Array.from({ length: rows }, (_, r) => cell(r, cols)),
    columnTotals: Array.from({ length: cols }, (_, c) => cell(rows, c)),
    total: cell(rows, cols),
  };
}

/**
 * A sequence of counts where each step's difference is itself a group of people (how many reached
 * each question area, out of those who started): a value is published only when it and its difference
 * from the last published value (starting from `start`) each expose no small group.
 */
export function suppressFunnel(start: Group, counts: readonly Group[], k: number): Cell[] {
  if (exposes(start, k)) return counts.map((g) => cellFor(g, true, k));
  let last = start;
  return counts.map((n) => {
    if (exposes(n, k)) return cellFor(n, true, k);
    const left = { people: Math.abs(last.people - n.people), confidential: Math.abs(last.confidential - n.confidential) };
    if (exposes(left, k)) return hidden("protects");
    last = n;
    return shown(n.people);
  });
}

/**
 * A mean of `count` values (seconds spent on each question of an area) given by a group of people:
 * published only when at least k people gave them, and 0 or at least k of them are confidential.
 */
export function suppressMean({ sum, count, group }: { sum: number; count: number; group: Group }, k: number): Cell {
  return count === 0 || group.people < k || tooFew(group.confidential, k) ? hidden(group.people < k ? "too_few" : "protects") : shown(sum / count);
}

/** How a cell reads on the page and in the export. */
export function cellText(cell: Cell, k: number, format: (n: number) => string = String): string {
  if (!cell.suppressed) return format(cell.value);
  return cell.reason === "too_few" ? `fewer than ${k}` : "hidden to protect a smaller group";
}

/** Whether a list of rows or a set of quotes from `people` distinct people may be shown at all. */
export const enoughPeople = (people: number, k: number) => people >= k;
