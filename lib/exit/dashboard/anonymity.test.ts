import { describe, expect, it } from "vitest";
import {
  cellText,
  enoughPeople,
  suppressCounts,
  suppressFunnel,
  suppressIndependentCounts,
  suppressMean,
  suppressTable,
  listedGroup,
  tooFew,
  type Cell,
  type Group,
} from "@/lib/exit/dashboard/anonymity";

// A small deterministic generator, so that a failure can be replayed.
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
}

/** What someone could learn from one line: a hidden cell is recovered when it is the only hidden value of a line whose sum is known. */
function recoverable(line: readonly Cell[]): boolean {
  return line.filter((c) => c.suppressed).length === 1;
}

/** Counts of people who are all listed elsewhere (no confidential ones). */
const listed = (counts: readonly number[]): Group[] => counts.map(listedGroup);

const visibleTooFew = (cells: readonly Cell[], k: number) => cells.some((c) => !c.suppressed && tooFew(c.value, k));

describe("suppressCounts (cells with a published total)", () => {
  it("hides a count below k and the next smallest count, so the total does not give it away", () => {
    const { cells, total } = suppressCounts(listed([3, 12, 8]), 5);
    expect(cells.map((c) => c.suppressed)).toEqual([true, false, true]);
    expect(total).toEqual({ value: 23, suppressed: false });
    // Only the small count reads "fewer than k"; the one hidden to protect it is not claimed to be small.
    expect(cellText(cells[0]!, 5)).toBe("fewer than 5");
    expect(cellText(cells[2]!, 5)).not.toContain("fewer than");
  });

  it("shows every count when none is below k, and zero counts describe nobody", () => {
    const { cells } = suppressCounts(listed([5, 0, 9]), 5);
    expect(cells).toEqual([
      { value: 5, suppressed: false },
      { value: 0, suppressed: false },
      { value: 9, suppressed: false },
    ]);
  });

  it("hides everything when the total itself is below k", () => {
    const { cells, total } = suppressCounts(listed([2, 1]), 5);
    expect(total.suppressed).toBe(true);
    expect(cells.every((c) => c.suppressed)).toBe(true);
  });

  it("two counts below k protect each other without hiding a third", () => {
    const { cells } = suppressCounts(listed([2, 3, 40]), 5);
    expect(cells.map((c) => c.suppressed)).toEqual([true, true, false]);
  });

  it("prefers hiding a count with people over a zero", () => {
    const { cells } = suppressCounts(listed([4, 0, 6]), 5);
    expect(cells.map((c) => c.suppressed)).toEqual([true, false, true]);
  });

  it("on random charts never shows a count below k nor leaves a single hidden cell beside a shown total", () => {
    const next = random(7);
    for (let round = 0; round < 500; round++) {
      const k = 2 + next(9);
      const counts = Array.from({ length: 1 + next(8) }, () => (next(3) === 0 ? 0 : next(3 * k)));
      const { cells, total } = suppressCounts(listed(counts), k);
      expect(visibleTooFew(cells, k)).toBe(false);
      if (!total.suppressed) {
        expect(total.value).toBe(counts.reduce((s, n) => s + n, 0));
        expect(recoverable([...cells, total])).toBe(false);
      }
      cells.forEach((c, i) => c.suppressed || expect(c.value).toBe(counts[i]));
    }
  });
});

describe("suppressTable (departments × sentiment with both margins)", () => {
  it("hides a small cell and enough partners that no row or column gives it away", () => {
    const table = [
      [10, 2, 7],
      [8, 9, 6],
    ];
    const result = suppressTable(table.map(listed), 5);
    expect(result.cells[0]![1]!.suppressed).toBe(true);
    const rows = result.cells.map((row, r) => [...row, result.rowTotals[r]!]);
    const columns = [0, 1, 2].map((c) => [...result.cells.map((row) => row[c]!), result.columnTotals[c]!]);
    for (const line of [...rows, ...columns, [...result.columnTotals, result.total]]) expect(recoverable(line)).toBe(false);
  });

  it("hides a department's total below k and protects it against the grand total", () => {
    const table = [
      [1, 1, 1],
      [10, 10, 10],
      [6, 7, 8],
    ];
    const result = suppressTable(table.map(listed), 5);
    expect(result.rowTotals[0]!.suppressed).toBe(true);
    expect(result.cells[0]!.every((c) => c.suppressed)).toBe(true);
    expect(recoverable([...result.rowTotals, result.total])).toBe(false);
  });

  it("on random tables no shown cell is below k and no line has one hidden value", () => {
    const next = random(11);
    for (let round = 0; round < 300; round++) {
      const k = 2 + next(7);
      const rows = 1 + next(5);
      const cols = 1 + next(4);
      const table = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (next(4) === 0 ? 0 : next(4 * k))));
      const result = suppressTable(table.map(listed), k);
      const extended = [...result.cells.map((row, r) => [...row, result.rowTotals[r]!]), [...result.columnTotals, result.total]];
      for (const line of extended) {
        expect(visibleTooFew(line, k)).toBe(false);
        expect(recoverable(line)).toBe(false);
      }
      for (let c = 0; c <= cols; c++) {
        const column = extended.map((row) => row[c]!);
        expect(visibleTooFew(column, k)).toBe(false);
        expect(recoverable(column)).toBe(false);
      }
      result.cells.forEach((row, r) => row.forEach((cell, c) => cell.suppressed || expect(cell.value).toBe(table[r]![c])));
    }
  });
});

describe("suppressIndependentCounts (themes: one interview names several)", () => {
  it("hides each count below k and nothing else", () => {
    const counts = [0, 1, 4, 5, 30];
    expect(suppressIndependentCounts(listed(counts), 5).map((c) => c.suppressed)).toEqual(counts.map((n) => n > 0 && n < 5));
  });
});

describe("suppressFunnel (how many reached each area)", () => {
  it("hides a step whose drop from the last shown step is a group below k", () => {
    // 20 started; 18 reached the first area (2 left: too few to show), 12 the second (8 left since 20).
    const cells = suppressFunnel(listedGroup(20), listed([18, 12, 12, 9]), 5);
    expect(cells.map((c) => c.suppressed)).toEqual([true, false, false, true]);
    expect(cells[1]).toEqual({ value: 12, suppressed: false });
  });

  it("hides every step when fewer than k started", () => {
    expect(suppressFunnel(listedGroup(4), listed([4, 3]), 5).every((c) => c.suppressed)).toBe(true);
  });

  it("on random funnels every shown step is at least k and differs from the previous shown one by 0 or at least k", () => {
    const next = random(3);
    for (let round = 0; round < 300; round++) {
      const k = 2 + next(6);
      const start = next(10 * k);
      let left = start;
      const counts = Array.from({ length: 1 + next(9) }, () => ((left -= next(k + 2)) < 0 ? (left = 0) : left));
      const cells = suppressFunnel(listedGroup(start), listed(counts), k);
      let previous = start;
      cells.forEach((cell, i) => {
        if (cell.suppressed) return;
        expect(cell.value).toBe(counts[i]);
        expect(tooFew(cell.value, k)).toBe(false);
        expect(tooFew(Math.abs(previous - cell.value), k)).toBe(false);
        previous = cell.value;
      });
    }
  });
});

describe("suppressMean and enoughPeople", () => {
  it("publishes a mean only over at least k people", () => {
    expect(suppressMean({ sum: 100, count: 8, group: listedGroup(4) }, 5).suppressed).toBe(true);
    expect(suppressMean({ sum: 100, count: 8, group: listedGroup(5) }, 5)).toEqual({ value: 100 / 8, suppressed: false });
    expect(suppressMean({ sum: 0, count: 0, group: listedGroup(0) }, 5).suppressed).toBe(true);
  });

  it("lets a list or quote set through only from k people", () => {
    expect(enoughPeople(4, 5)).toBe(false);
    expect(enoughPeople(5, 5)).toBe(true);
  });
});

// Attributed interviews are listed one by one, so HR can subtract them from any count: what must be
// safe is the confidential part of each count, and of each set of hidden counts a total gives away.
describe("confidential people within each count", () => {
  const k = 5;
  const group = (people: number, confidential: number): Group => ({ people, confidential });
  /** What HR learns by subtracting the listed people from a line's published total and shown cells. */
  const hiddenConfidential = (groups: readonly Group[], cells: readonly Cell[]) =>
    groups.reduce((sum, g, i) => sum + (cells[i]!.suppressed ? g.confidential : 0), 0);

  it("hides a count holding k-1 confidential people however many listed people it holds, and shows one holding k", () => {
    expect(suppressIndependentCounts([group(20, k - 1)], k)[0]!.suppressed).toBe(true);
    expect(suppressIndependentCounts([group(20, k)], k)[0]).toEqual({ value: 20, suppressed: false });
    expect(suppressIndependentCounts([group(20, 0)], k)[0]).toEqual({ value: 20, suppressed: false });
    // Hidden for a small confidential group, it does not claim to be fewer than k people.
    expect(cellText(suppressIndependentCounts([group(20, 1)], k)[0]!, k)).toBe("hidden to protect a smaller group");
  });

  it("hides the whole chart when its total holds 1..k-1 confidential people", () => {
    const { cells, total } = suppressCounts([group(10, 2), group(10, 2)], k);
    expect(total.suppressed).toBe(true);
    expect(cells.every((c) => c.suppressed)).toBe(true);
    expect(suppressCounts([group(10, 2), group(10, 3)], k).total).toEqual({ value: 20, suppressed: false });
  });

  it("protects a hidden count with one holding confidential people, so the total minus the rest is 0 or at least k of them", () => {
    // 8 people with 2 confidential; the next smallest count (6) holds only listed people, so hiding it
    // would let HR work out those 2 from the total: the count with confidential people is hidden instead.
    const groups = [group(8, 2), group(6, 0), group(30, 10)];
    const { cells, total } = suppressCounts(groups, k);
    expect(cells.map((c) => c.suppressed)).toEqual([true, false, true]);
    expect(total).toEqual({ value: 44, suppressed: false });
    expect(hiddenConfidential(groups, cells)).toBeGreaterThanOrEqual(k);
  });

  it("hides more than one partner when one is not enough", () => {
    const groups = [group(9, 1), group(9, 1), group(9, 1), group(9, 1), group(40, 10)];
    const { cells, total } = suppressCounts(groups, k);
    expect(total.suppressed).toBe(false);
    const hiddenSum = hiddenConfidential(groups, cells);
    expect(hiddenSum === 0 || hiddenSum >= k).toBe(true);
    expect(cells.every((c) => c.suppressed)).toBe(true);
  });

  it("on random charts no shown count and no set of hidden counts beside a shown total holds 1..k-1 confidential people", () => {
    const next = random(19);
    for (let round = 0; round < 500; round++) {
      const kk = 2 + next(7);
      const groups = Array.from({ length: 1 + next(7) }, () => {
        const confidential = next(3) === 0 ? 0 : next(2 * kk);
        return group(confidential + next(3 * kk), confidential);
      });
      const { cells, total } = suppressCounts(groups, kk);
      cells.forEach((c, i) => c.suppressed || expect(tooFew(groups[i]!.confidential, kk)).toBe(false));
      if (total.suppressed) continue;
      expect(tooFew(hiddenConfidential(groups, cells), kk)).toBe(false);
      expect(recoverable([...cells, total])).toBe(false);
    }
  });

  it("on random cross-tables every line is safe for the confidential people too", () => {
    const next = random(23);
    for (let round = 0; round < 300; round++) {
      const kk = 2 + next(6);
      const table = Array.from({ length: 1 + next(4) }, () =>
        Array.from({ length: 1 + 3 }, () => {
          const confidential = next(3) === 0 ? 0 : next(2 * kk);
          return group(confidential + next(2 * kk), confidential);
        }),
      );
      const result = suppressTable(table, kk);
      const rowTotals = table.map((row) => row.reduce((s, g) => group(s.people + g.people, s.confidential + g.confidential), group(0, 0)));
      const columnTotals = table[0]!.map((_, c) =>
        table.reduce((s, row) => group(s.people + row[c]!.people, s.confidential + row[c]!.confidential), group(0, 0)),
      );
      const grand = rowTotals.reduce((s, g) => group(s.people + g.people, s.confidential + g.confidential), group(0, 0));
      const values = [...table.map((row, r) => [...row, rowTotals[r]!]), [...columnTotals, grand]];
      const cells = [...result.cells.map((row, r) => [...row, result.rowTotals[r]!]), [...result.columnTotals, result.total]];
      const lines = [...cells.map((_, r) => cells[r]!.map((_, c) => [r, c] as const)), ...cells[0]!.map((_, c) => cells.map((_, r) => [r, c] as const))];
      for (const line of lines) {
        const shownCells = line.filter(([r, c]) => !cells[r]![c]!.suppressed);
        for (const [r, c] of shownCells) expect(tooFew(values[r]![c]!.confidential, kk)).toBe(false);
        // The last value of a line is its margin: when it is shown, the hidden values before it add up to what is learnt.
        const [mr, mc] = line.at(-1)!;
        if (cells[mr]![mc]!.suppressed) continue;
        const hiddenSum = line.filter(([r, c]) => cells[r]![c]!.suppressed).reduce((s, [r, c]) => s + values[r]![c]!.confidential, 0);
        expect(tooFew(hiddenSum, kk)).toBe(false);
      }
    }
  });

  it("hides a funnel step whose drop holds k-1 confidential people, and shows one whose drop holds k", () => {
    const start = group(40, 20);
    expect(suppressFunnel(start, [group(36, 20 - (k - 1))], k)[0]!.suppressed).toBe(true);
    expect(suppressFunnel(start, [group(35, 20 - k)], k)[0]).toEqual({ value: 35, suppressed: false });
  });

  it("publishes a mean only when its confidential people are 0 or at least k", () => {
    expect(suppressMean({ sum: 100, count: 10, group: group(10, k - 1) }, k).suppressed).toBe(true);
    expect(suppressMean({ sum: 100, count: 10, group: group(10, k) }, k)).toEqual({ value: 10, suppressed: false });
    expect(suppressMean({ sum: 100, count: 10, group: group(10, 0) }, k)).toEqual({ value: 10, suppressed: false });
  });
});
