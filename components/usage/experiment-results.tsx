import { DataTable } from "@/components/usage/data-table";
import { formatCount, formatMs, formatPercent } from "@/components/usage/format";
import type { VersionResult } from "@/lib/experiments/compare";

const distance = (r: VersionResult) => (r.meanEditDistance === null ? "—" : `${(r.meanEditDistance * 100).toFixed(0)}% changed (${r.edited} edited)`);

/** Two versions of a prompt side by side, each figure with the number of documents behind it. */
export function ExperimentResults({ promptId, results }: { promptId: string; results: [VersionResult, VersionResult] }) {
  const metrics: { label: string; value: (r: VersionResult) => string }[] = [
    { label: "Documents (sample size)", value: (r) => formatCount(r.documents) },
    { label: "Thumbs up share", value: (r) => `${formatPercent(r.approval)} of ${r.up + r.down} ratings` },
    { label: "Edit distance of saved edits", value: distance },
    { label: "Mean length (characters)", value: (r) => (r.meanLength === null ? "—" : formatCount(Math.round(r.meanLength))) },
    { label: "Time to first token (median)", value: (r) => formatMs(r.ttftP50) },
    { label: "Failure rate", value: (r) => formatPercent(r.failureRate) },
  ];
  return (
    <DataTable
      caption={`Prompt ${promptId}: version ${results[0].version} against version ${results[1].version}`}
      columns={["", ...results.map((r, i) => `Version ${r.version}${i === 0 ? ` (${promptId}.md)` : ` (${promptId}.b.md)`}`)]}
      rows={metrics.map((m) => ({ key: m.label, cells: [m.label, ...results.map(m.value)] }))}
    />
  );
}
