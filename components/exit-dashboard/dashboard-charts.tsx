import { ChartFrame } from "@/components/exit-dashboard/chart-frame";
import { ExitBarChart, type ChartBar } from "@/components/exit-dashboard/bar-chart";
import { SentimentChart } from "@/components/exit-dashboard/sentiment-chart";
import { cellText, type Cell } from "@/lib/exit/dashboard/anonymity";
import type { Bar, DashboardCharts as Charts, DashboardData } from "@/lib/exit/dashboard/aggregate";

// Chart colours for light and dark mode, as CSS variables the client charts read: each has at least
// 3:1 contrast with the page behind it in its mode.
const palette = [
  "[--chart-1:var(--color-brand-600)] dark:[--chart-1:oklch(0.75_0.12_265)]",
  "[--chart-grid:var(--color-zinc-200)] dark:[--chart-grid:var(--color-zinc-700)]",
  "[--chart-surface:white] dark:[--chart-surface:var(--color-zinc-900)]",
  "[--chart-text:var(--color-zinc-900)] dark:[--chart-text:var(--color-zinc-100)]",
  "[--sentiment-positive:var(--color-green-700)] dark:[--sentiment-positive:var(--color-green-400)]",
  "[--sentiment-neutral:var(--color-zinc-500)] dark:[--sentiment-neutral:var(--color-zinc-400)]",
  "[--sentiment-mixed:var(--color-amber-600)] dark:[--sentiment-mixed:var(--color-amber-400)]",
  "[--sentiment-negative:var(--color-red-700)] dark:[--sentiment-negative:var(--color-red-400)]",
].join(" ");

const percent = (share: number) => `${Math.round(share * 100)}%`;

function barsOf(list: readonly Bar[]): ChartBar[] {
  return list.map((b) => ({ label: b.label, value: b.cell.value }));
}

/** "Voluntary 12, Involuntary fewer than 5, …": what a screen reader hears for a chart. */
function spoken(title: string, list: readonly { label: string; text: string }[]): string {
  return `${title}: ${list.map((item) => `${item.label} ${item.text}`).join(", ")}.`;
}

export function DashboardCharts({ data: { k, charts } }: { data: DashboardData }) {
  if (!charts) {
    return (
      <p role="note" className="rounded-md bg-zinc-100 p-3 text-sm dark:bg-zinc-900">
        These interviews include fewer than {k} confidential ones, so no totals or charts are shown: beside the interviews listed below, any number would
        describe those few people. Widen the filters to see the figures.
      </p>
    );
  }
  return <ChartGrid data={charts} k={k} />;
}

function ChartGrid({ data, k }: { data: Charts; k: number }) {
  const text = (cell: Cell, format?: (n: number) => string) => cellText(cell, k, format);
  const barRows = (list: readonly Bar[]) => list.map((b) => ({ label: b.label, values: [text(b.cell)] }));
  const barSpoken = (title: string, list: readonly Bar[]) =>
    spoken(
      title,
      list.map((b) => ({ label: b.label, text: text(b.cell) })),
    );
  const hiddenNote = `Groups of fewer than ${k} people are shown as "fewer than ${k}". A group holding fewer than ${k} confidential people is hidden too, with enough other numbers that none can be worked out from the totals.`;

  const { departments, sentiments, table } = data.sentimentByDepartment;
  const sentimentRows = departments.map((department, r) => ({
    department,
    ...Object.fromEntries(sentiments.map((s, c) => [s.key, table.cells[r]![c]!.value ?? 0])),
  }));

  return (
    <div className={`grid gap-4 lg:grid-cols-2 ${palette}`}>
      <ChartFrame
        id="chart-months"
        title="Exits over time"
        summary={barSpoken("Exits by month of the last day", data.exitsByMonth.bars)}
        columns={["Month", "Exits"]}
        rows={barRows(data.exitsByMonth.bars)}
        note={hiddenNote}
      >
        <ExitBarChart bars={barsOf(data.exitsByMonth.bars)} />
      </ChartFrame>
      <ChartFrame
        id="chart-reasons"
        title="Reasons"
        summary={barSpoken("Reasons for leaving", data.reasons.bars)}
        columns={["Reason", "Exits"]}
        rows={barRows(data.reasons.bars)}
      >
        <ExitBarChart bars={barsOf(data.reasons.bars)} layout="horizontal" />
      </ChartFrame>
      <ChartFrame
        id="chart-sentiment"
        title="Sentiment by department"
        summary={spoken(
          "Sentiment by department",
          departments.map((d, r) => ({ label: d, text: sentiments.map((s, c) => `${s.label} ${text(table.cells[r]![c]!)}`).join(", ") })),
        )}
        columns={["Department", ...sentiments.map((s) => s.label), "All"]}
        rows={departments.map((d, r) => ({ label: d, values: [...table.cells[r]!.map((c) => text(c)), text(table.rowTotals[r]!)] }))}
      >
        <SentimentChart rows={sentimentRows} series={sentiments.map((s) => ({ key: s.key, label: s.label, colour: `var(--sentiment-${s.key})` }))} />
      </ChartFrame>
      <ChartFrame
        id="chart-themes"
        title="Top themes"
        summary={barSpoken("Interviews naming each theme", data.topThemes)}
        columns={["Theme", "Interviews"]}
        rows={barRows(data.topThemes)}
      >
        <ExitBarChart bars={barsOf(data.topThemes)} layout="horizontal" />
      </ChartFrame>
      <ChartFrame
        id="chart-stay"
        title="What would have kept them"
        summary={barSpoken("Themes of what would have kept them", data.stayThemes)}
        columns={["Theme", "Interviews"]}
        rows={barRows(data.stayThemes)}
      >
        <ExitBarChart bars={barsOf(data.stayThemes)} layout="horizontal" />
      </ChartFrame>
      <ChartFrame
        id="chart-status"
        title={`Completion rate: ${data.completionRate == null ? `fewer than ${k}` : percent(data.completionRate)}`}
        summary={barSpoken("Interviews by status", data.statuses.bars)}
        columns={["Status", "Interviews"]}
        rows={barRows(data.statuses.bars)}
      >
        <ExitBarChart bars={barsOf(data.statuses.bars)} layout="horizontal" />
      </ChartFrame>
      <ChartFrame
        id="chart-dropoff"
        title="Reached each area"
        summary={spoken(
          `Share of ${text(data.dropOff.started)} started interviews reaching each area`,
          data.dropOff.areas.map((a) => ({ label: a.label, text: a.share == null ? `fewer than ${k} changed` : percent(a.share) })),
        )}
        columns={["Area", "Interviews", "Share of started"]}
        rows={data.dropOff.areas.map((a) => ({ label: a.label, values: [text(a.reached), a.share == null ? "—" : percent(a.share)] }))}
        note={`A step is hidden when it, or the number who stopped before it, is fewer than ${k} people.`}
      >
        <ExitBarChart
          bars={data.dropOff.areas.map((a) => ({ label: a.label, value: a.share == null ? null : Math.round(a.share * 100) }))}
          layout="horizontal"
          unit="%"
        />
      </ChartFrame>
      <ChartFrame
        id="chart-time"
        title="Time spent per question"
        summary={spoken(
          "Average seconds per question in each area",
          data.timePerArea.map((t) => ({ label: t.label, text: text(t.seconds, (n) => `${Math.round(n)} seconds`) })),
        )}
        columns={["Area", "Seconds per question"]}
        rows={data.timePerArea.map((t) => ({ label: t.label, values: [text(t.seconds, (n) => String(Math.round(n)))] }))}
      >
        <ExitBarChart
          bars={data.timePerArea.map((t) => ({ label: t.label, value: t.seconds.value == null ? null : Math.round(t.seconds.value) }))}
          layout="horizontal"
          unit="s"
        />
      </ChartFrame>
    </div>
  );
}
