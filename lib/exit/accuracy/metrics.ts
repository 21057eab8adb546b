// Counting helpers shared by every exit-interview figure. A rate with nothing counted is NaN, so
// "no data" never reads as 0 % or 100 %.

export type Counts = { tp: number; fp: number; fn: number };
export type Prf = Counts & { precision: number; recall: number; f1: number };

export const ratio = (hits: number, of: number) => (of ? hits / of : NaN);

export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = tp === 0 ? (fp + fn ? 0 : NaN) : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** The mean of the numbers that are not NaN. */
export function meanOf(values: readonly number[]): number {
  const counted = values.filter((v) => !Number.isNaN(v));
  return counted.length ? counted.reduce((s, v) => s + v, 0) / counted.length : NaN;
}

export type Confusion<L extends string> = Record<L, Record<L, number>>;

export function confusionOf<L extends string>(labels: readonly L[], pairs: readonly { expected: L; predicted: L }[]): Confusion<L> {
  const matrix = Object.fromEntries(labels.map((row) => [row, Object.fromEntries(labels.map((col) => [col, 0]))])) as Confusion<L>;
  for (const { expected, predicted } of pairs) matrix[expected][predicted]++;
  return matrix;
}

/** Per-label precision, recall and F1 from a confusion matrix, and their macro average. */
export function perLabel<L extends string>(labels: readonly L[], matrix: Confusion<L>): { byLabel: Record<L, Prf>; macroF1: number } {
  const byLabel = Object.fromEntries(
    labels.map((label) => {
      const tp = matrix[label][label];
      const fp = labels.reduce((s, row) => s + (row === label ? 0 : matrix[row][label]), 0);
      const fn = labels.reduce((s, col) => s + (col === label ? 0 : matrix[label][col]), 0);
      return [label, prf({ tp, fp, fn })];
    }),
  ) as Record<L, Prf>;
  return { byLabel, macroF1: meanOf(labels.map((label) => (byLabel[label].tp + byLabel[label].fn ? byLabel[label].f1 : NaN))) };
}
