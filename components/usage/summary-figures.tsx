import { formatCost, formatCount, formatMs, formatPercent } from "@/components/usage/format";
import type { UsageSummary } from "@/lib/usage/aggregate";

/** The period's headline figures. */
export function SummaryFigures({ summary, firstModel }: { summary: UsageSummary; firstModel: string | null }) {
  const figures = [
    { label: "Documents", value: formatCount(summary.documents) },
    { label: "Chat answers", value: formatCount(summary.answers) },
    { label: "Tokens in / out", value: `${formatCount(summary.inputTokens)} / ${formatCount(summary.outputTokens)}` },
    {
      label: "Estimated cost",
      value: formatCost(summary.cost),
      note: summary.unpriced ? `${summary.unpriced} requests by models without a price are not counted` : undefined,
    },
    { label: "Error rate", value: formatPercent(summary.errorRate), note: "requests that failed" },
    { label: "Fallback rate", value: formatPercent(summary.fallbackRate), note: firstModel ? `answered by another model than ${firstModel}` : undefined },
    { label: "Time to first token", value: `${formatMs(summary.ttftP50)} / ${formatMs(summary.ttftP95)}`, note: "median / 95th percentile" },
  ];
  return (
    <dl className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {figures.map((f) => (
        <div key={f.label} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
          <dt className="text-sm text-zinc-600 dark:text-zinc-400">{f.label}</dt>
          <dd className="text-xl font-semibold tabular-nums">{f.value}</dd>
          {f.note ? <dd className="text-xs text-zinc-600 dark:text-zinc-400">{f.note}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
