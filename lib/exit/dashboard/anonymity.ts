// Anonymity thresholds for exit-interview aggregates. A published count of 1..k-1 people describes too
// few of them to stay anonymous, so it is hidden ("primary" suppression). When a total is published
// beside the cells, one hidden cell would be recovered by subtraction, so a second cell of the same
// line is hidden too ("complementary" suppression), until every line with a hidden cell has at least two.

/**
 * A count as it may be published: the number, or hidden, either because it describes fewer than k
 * people ("too_few") or so that a smaller hidden count cannot be worked out from a total ("protects").
 */
export type HiddenReason = "too_few" | "protects";
export type Cell = { value: number; suppressed: false } | { value: null; suppressed: true; reason: HiddenReason };

export const thresholdBounds = { min: 2, max: 50 } as const;
export const retentionBounds = { min: 30, max: 3650 } as const;

const shown = (value: number): Cell => ({ value, suppressed: false });
const hidden = (reason: HiddenReason = "too_few"): Cell => ({ value: null, suppressed: true, reason });

/** Whether a count is too small to publish: zero describes nobody, so only 1..k-1 is. */
export const tooFew = (count: number, k: number) => count > 0 && count < k;

/**
 * Hides more cells of a grid until no line (row or column) holds exactly one hidden cell: a line's
 * cells add up to a published margin, so a single hidden cell in it equals the margin minus the rest.
 * Each step hides the smallest visible cell of the offending line, preferring cells that hold people.
 */
function protectLines(values: number[][], suppressed: boolean[][]): void {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const lines: [number, number][][] = [];
  for (let r = 0; r < rows; r++) lines.push(Array.from({ length: cols }, (_, c) => [r, c] as [number, number]));
  for (let c = 0; c < cols; c++) lines.push(Array.from({ length: rows }, (_, r) => [r, c] as [number, number]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.filter(([r, c]) => suppressed[r]![c]).length !== 1) continue;
      const candidates = line.filter(([r, c]) => !suppressed[r]![c]);
      if (!candidates.length) continue;
      // A hidden zero would not protect a hidden count when only zeros are left to hide.
      const rank = ([r, c]: [number, number]) => (values[r]![c]! > 0 ? values[r]![c]! : Number.MAX_SAFE_INTEGER);
      const [r, c] = candidates.reduce((best, cell) => (rank(cell) < rank(best) ? cell : best));
      suppressed[r]![c] = true;
      changed = true;
    }
  }
}

/**
 * The counts of one chart whose total is published: each 1..k-1 count is hidden, and then one more
 * so the hidden one cannot be found from the total. The total itself is hidden when it is 1..k-1,
 * and then every cell is.
 */
export function suppressCounts(counts: readonly number[], k: number): { cells: Cell[]; total: Cell } {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (tooFew(total, k)) return { cells: counts.map(() => hidden()), total: hidden() };
  // The grid is the counts as one row with the total as its margin cell: row sum = total.
  const values = [[...counts, total]];
  const suppressed = [values[0]!.map((n, i) => i < counts.length && tooFew(n, k))];
  protectLines(values, suppressed);
  const cell = (n: number, i: number) => (suppressed[0]![i] ? hidden(tooFew(n, k) ? "too_few" : "protects") : shown(n));
  return { cells: counts.map(cell), total: cell(total, counts.length) };
}

/**
 * Counts that do not add up to a published total (one interview can name several themes): each is
 * hidden on its own when it describes 1..k-1 people.
 */
export function suppressIndependentCounts(counts: readonly number[], k: number): Cell[] {
  return counts.map((n) => (tooFew(n, k) ? hidden() : shown(n)));
}

export type SuppressedTable = { cells: Cell[][]; rowTotals: Cell[]; columnTotals: Cell[]; total: Cell };

/**
 * A cross-table (departments × sentiment) with its row totals, column totals and grand total all
 * published: the counts and margins are one grid in which every row and column adds up, and the
 * hiding goes on until no line of it holds a single hidden value.
 */
export function suppressTable(table: readonly (readonly number[])[], k: number): SuppressedTable {
  const rows = table.length;
  const cols = table[0]?.length ?? 0;
  const rowTotals = table.map((row) => row.reduce((s, n) => s + n, 0));
  const columnTotals = Array.from({ length: cols }, (_, c) => table.reduce((s, row) => s + row[c]!, 0));
  const total = rowTotals.reduce((s, n) => s + n, 0);
  // Extended grid: each row ends with its total, and a last row holds the column totals and the total.
  const values = [...table.map((row, r) => [...row, rowTotals[r]!]), [...columnTotals, total]];
  const suppressed = values.map((row) => row.map((n) => tooFew(n, k)));
  protectLines(values, suppressed);
  const cell = (r: number, c: number): Cell => (suppressed[r]![c] ? hidden(tooFew(values[r]![c]!, k) ? "too_few" : "protects") : shown(values[r]![c]!));
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
 * from the last published value (starting from `start`) are each 0 or at least k.
 */
export function suppressFunnel(start: number, counts: readonly number[], k: number): Cell[] {
  if (tooFew(start, k)) return counts.map(() => hidden());
  let last = start;
  return counts.map((n) => {
    if (tooFew(n, k)) return hidden();
    if (tooFew(Math.abs(last - n), k)) return hidden("protects");
    last = n;
    return shown(n);
  });
}

/**
 * A mean of `count` values (seconds spent on each question of an area) given by `people` people:
 * published only when at least k people gave them.
 */
export function suppressMean({ sum, count, people }: { sum: number; count: number; people: number }, k: number): Cell {
  return count === 0 || people < k ? hidden() : shown(sum / count);
}

/** How a cell reads on the page and in the export. */
export function cellText(cell: Cell, k: number, format: (n: number) => string = String): string {
  if (!cell.suppressed) return format(cell.value);
  return cell.reason === "too_few" ? `fewer than ${k}` : "hidden to protect a smaller group";
}

/** Whether a list of rows or a set of quotes from `people` distinct people may be shown at all. */
export const enoughPeople = (people: number, k: number) => people >= k;
