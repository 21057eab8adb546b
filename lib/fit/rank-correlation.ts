/** Ranks from 1, ties sharing the mean of the ranks they span (as Spearman's coefficient needs). */
export function averageRanks(values: number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
    const rank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i++) ranks[order[i]!.index] = rank;
    start = end + 1;
  }
  return ranks;
}

function pearson(xs: number[], ys: number[]): number {
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(xs);
  const my = mean(ys);
  let covariance = 0;
  let vx = 0;
  let vy = 0;
  xs.forEach((x, i) => {
    covariance += (x - mx) * (ys[i]! - my);
    vx += (x - mx) ** 2;
    vy += (ys[i]! - my) ** 2;
  });
  return vx && vy ? covariance / Math.sqrt(vx * vy) : NaN;
}

/** Spearman's rank correlation with tied ranks averaged; NaN when either side is constant or empty. */
export function spearman(xs: number[], ys: number[]): number {
  if (xs.length !== ys.length) throw new Error("spearman: both sides need the same number of values");
  if (xs.length < 2) return NaN;
  return pearson(averageRanks(xs), averageRanks(ys));
}
