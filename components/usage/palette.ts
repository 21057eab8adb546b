// Chart colours for light and dark mode as CSS variables the client charts read, each with at least
// 3:1 contrast with the page behind it in its mode (the same scheme as the exit dashboard).
export const usagePalette = [
  "[--chart-1:var(--color-brand-600)] dark:[--chart-1:oklch(0.75_0.12_265)]",
  "[--chart-2:var(--color-amber-700)] dark:[--chart-2:var(--color-amber-400)]",
  "[--chart-grid:var(--color-zinc-200)] dark:[--chart-grid:var(--color-zinc-700)]",
  "[--chart-surface:white] dark:[--chart-surface:var(--color-zinc-900)]",
  "[--chart-text:var(--color-zinc-900)] dark:[--chart-text:var(--color-zinc-100)]",
].join(" ");
