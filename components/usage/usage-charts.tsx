import { ExitBarChart } from "@/components/exit-dashboard/bar-chart";
import { ChartFrame } from "@/components/exit-dashboard/chart-frame";
import { formatCost, formatCount } from "@/components/usage/format";
import { usagePalette } from "@/components/usage/palette";
import { StackedDayChart } from "@/components/usage/stacked-day-chart";
import type { Breakdown, UsageSummary } from "@/lib/usage/aggregate";

const tokens = (b: Breakdown) => b.inputTokens + b.outputTokens;

/** "Job description 12, Offer letter 3.": what a screen reader hears for a chart. */
function spoken(title: string, list: readonly { label: string; value: string }[]): string {
  return `${title}: ${list.map((item) => `${item.label} ${item.value}`).join(", ")}.`;
}

function breakdownRows(list: readonly Breakdown[]) {
  return list.map((b) => ({
    label: b.label,
    values: [
      formatCount(b.requests),
      formatCount(b.inputTokens),
      formatCount(b.outputTokens),
      b.unpriced ? `${formatCost(b.cost)} + ${b.unpriced} unpriced` : formatCost(b.cost),
    ],
  }));
}

const breakdownColumns = (first: string) => [first, "Requests", "Tokens in", "Tokens out", "Estimated cost"];

/** Requests and tokens over the period, and tokens by model, tool and person, each chart with its table. */
export function UsageCharts({ summary, taskLabel }: { summary: UsageSummary; taskLabel: (task: string) => string }) {
  const active = summary.byDay.filter((d) => d.documents + d.answers > 0);
  const byTask = summary.byTask.map((b) => ({ ...b, label: taskLabel(b.label) }));
  const tokenChart = (id: string, title: string, list: readonly Breakdown[], first: string) => (
    <ChartFrame
      id={id}
      title={title}
      summary={spoken(
        title,
        list.map((b) => ({ label: b.label, value: `${formatCount(tokens(b))} tokens` })),
      )}
      columns={breakdownColumns(first)}
      rows={breakdownRows(list)}
    >
      <ExitBarChart bars={list.slice(0, 10).map((b) => ({ label: b.label, value: tokens(b) }))} layout="horizontal" />
    </ChartFrame>
  );
  return (
    <div className={`grid gap-4 lg:grid-cols-2 ${usagePalette}`}>
      <ChartFrame
        id="chart-requests"
        title="Documents and chat answers per day"
        summary={spoken(
          "Documents and chat answers per day",
          active.map((d) => ({ label: d.day, value: `${d.documents} documents, ${d.answers} answers` })),
        )}
        columns={["Day (UTC)", "Documents", "Chat answers", "Tokens"]}
        rows={active.map((d) => ({ label: d.day, values: [formatCount(d.documents), formatCount(d.answers), formatCount(d.tokens)] }))}
      >
        <StackedDayChart
          rows={summary.byDay}
          series={[
            { key: "documents", label: "Documents", colour: "var(--chart-1)" },
            { key: "answers", label: "Chat answers", colour: "var(--chart-2)" },
          ]}
        />
      </ChartFrame>
      <ChartFrame
        id="chart-tokens-day"
        title="Tokens per day"
        summary={spoken(
          "Tokens per day",
          active.map((d) => ({ label: d.day, value: formatCount(d.tokens) })),
        )}
        columns={["Day (UTC)", "Tokens"]}
        rows={active.map((d) => ({ label: d.day, values: [formatCount(d.tokens)] }))}
      >
        <ExitBarChart bars={summary.byDay.map((d) => ({ label: d.day.slice(5), value: d.tokens }))} />
      </ChartFrame>
      {tokenChart("chart-models", "Tokens by model", summary.byModel, "Model")}
      {tokenChart("chart-tools", "Tokens by tool", byTask, "Tool")}
      {tokenChart("chart-people", "Tokens by person", summary.byUser, "Person")}
    </div>
  );
}
