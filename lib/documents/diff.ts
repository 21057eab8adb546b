export type DiffLine = { kind: "same" | "added" | "removed"; text: string };

/**
 * Cells of longest-common-subsequence tables one diff may fill: about 20 ms and 8 MB. A typical edit
 * stays far below it once the unchanged start and end are set aside; two long versions with little in
 * common would need hundreds of millions.
 */
const tableBudget = 2_000_000;

const same = (text: string): DiffLine => ({ kind: "same", text });
const removed = (text: string): DiffLine => ({ kind: "removed", text });
const added = (text: string): DiffLine => ({ kind: "added", text });

/** A minimal line diff by longest common subsequence: removed lines before the added ones they replace. */
function tableDiff(a: string[], b: string[]): DiffLine[] {
  const width = b.length + 1;
  // lcs[i * width + j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(same(a[i]!));
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) out.push(removed(a[i++]!));
    else out.push(added(b[j++]!));
  }
  while (i < a.length) out.push(removed(a[i++]!));
  while (j < b.length) out.push(added(b[j++]!));
  return out;
}

/** Diffs one stretch: its unchanged start and end as they are, the rest by table while the budget lasts. */
function stretchDiff(a: string[], b: string[], budget: { cells: number }): DiffLine[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  const cells = (middleA.length + 1) * (middleB.length + 1);
  let middle: DiffLine[];
  if (!middleA.length || !middleB.length || cells <= budget.cells) {
    budget.cells -= middleA.length && middleB.length ? cells : 0;
    middle = tableDiff(middleA, middleB);
  } else middle = [...middleA.map(removed), ...middleB.map(added)];
  return [...a.slice(0, start).map(same), ...middle, ...a.slice(endA).map(same)];
}

/**
 * Lines that occur once in each version, in the same order in both (a longest increasing run of
 * their positions): sure points of agreement that split a long diff into short stretches.
 */
function uniqueAnchors(a: string[], b: string[]): [number, number][] {
  const count = (lines: string[]) => lines.reduce((counts, line) => counts.set(line, (counts.get(line) ?? 0) + 1), new Map<string, number>());
  const inA = count(a);
  const inB = count(b);
  const whereInB = new Map(b.map((line, j) => [line, j]));
  const pairs = a.flatMap((line, i): [number, number][] => (inA.get(line) === 1 && inB.get(line) === 1 ? [[i, whereInB.get(line)!]] : []));
  // Patience sorting: tails[k] ends the best run of length k + 1 found so far; back links rebuild it.
  const tails: number[] = [];
  const previous: number[] = [];
  pairs.forEach(([, j], index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pairs[tails[middle]!]![1] < j) low = middle + 1;
      else high = middle;
    }
    previous[index] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = index;
  });
  const anchors: [number, number][] = [];
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index]!) anchors.unshift(pairs[index]!);
  return anchors;
}

/**
 * Line diff: what a reviewer needs to see between two versions of a document. It is minimal (longest
 * common subsequence) for any ordinary edit. When the changed part is too large for that table, the
 * lines found once in each version anchor the diff and the stretches between them are diffed alone;
 * a stretch still too large shows its old lines removed and its new lines added.
 */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split("\n");
  const b = after.split("\n");
  const budget = { cells: tableBudget };
  if ((a.length + 1) * (b.length + 1) <= budget.cells) return tableDiff(a, b);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  for (const [anchorA, anchorB] of [...uniqueAnchors(a, b), [a.length, b.length] as [number, number]]) {
    for (const line of stretchDiff(a.slice(i, anchorA), b.slice(j, anchorB), budget)) out.push(line);
    if (anchorA < a.length) out.push(same(a[anchorA]!));
    i = anchorA + 1;
    j = anchorB + 1;
  }
  return out;
}
