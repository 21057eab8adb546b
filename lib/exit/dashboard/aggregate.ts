import { themeIds, type ThemeId } from "@/lib/exit/analysis/theme-ids";
import {
  suppressCounts,
  suppressFunnel,
  suppressIndependentCounts,
  suppressMean,
  suppressTable,
  type Cell,
  type SuppressedTable,
} from "@/lib/exit/dashboard/anonymity";
import { areaLabel, areasInProtocolOrder, stayThemes } from "@/lib/exit/dashboard/interview-facts";
import type { LabelledInterview } from "@/lib/exit/dashboard/select";
import { exitReasons, exitStatuses, reasonLabels, sentimentLabels, sentimentWords, statusLabels, themeLabels } from "@/lib/exit/dashboard/vocabulary";

// Every chart of the dashboard, computed on the server from the filtered interviews and with the
// anonymity thresholds already applied: what leaves this module is safe to show and to export.

export type Bar = { key: string; label: string; cell: Cell };
export type BarChart = { bars: Bar[]; total: Cell };
export type Share = { key: string; label: string; reached: Cell; share: number | null };

export type DashboardData = {
  k: number;
  interviews: Cell;
  exitsByMonth: BarChart;
  reasons: BarChart;
  statuses: BarChart;
  completionRate: number | null;
  sentimentByDepartment: { departments: string[]; sentiments: { key: string; label: string }[]; table: SuppressedTable };
  topThemes: Bar[];
  stayThemes: Bar[];
  dropOff: { started: Cell; areas: Share[] };
  timePerArea: { key: string; label: string; seconds: Cell }[];
};

const month = (date: Date) => date.toISOString().slice(0, 7);
const monthLabel = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** Every month from the first to the last, so a month with no exits shows as zero rather than vanishing. */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  const cursor = new Date(`${first}-01T00:00:00Z`);
  while (month(cursor) <= last && out.length < 240) {
    out.push(month(cursor));
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return out;
}

function exitsByMonth(interviews: readonly LabelledInterview[], k: number): BarChart {
  const months = interviews.map((i) => month(i.lastDay ?? i.createdAt)).sort();
  if (!months.length) return { bars: [], total: suppressCounts([], k).total };
  const keys = monthsBetween(months[0]!, months.at(-1)!);
  const { cells, total } = suppressCounts(
    keys.map((key) => months.filter((m) => m === key).length),
    k,
  );
  return { bars: keys.map((key, i) => ({ key, label: monthLabel.format(new Date(`${key}-01T00:00:00Z`)), cell: cells[i]! })), total };
}

function chartOf<K extends string>(keys: readonly K[], labels: Record<K, string>, valueOf: (key: K) => number, k: number): BarChart {
  const { cells, total } = suppressCounts(keys.map(valueOf), k);
  return { bars: keys.map((key, i) => ({ key, label: labels[key], cell: cells[i]! })), total };
}

/** Theme counts, largest first; themes nobody named are left out. */
function themeBars(themesPerInterview: readonly ThemeId[][], k: number, limit: number): Bar[] {
  const counts = themeIds.map((theme) => ({ theme, n: themesPerInterview.filter((themes) => themes.includes(theme)).length })).filter((t) => t.n > 0);
  counts.sort((a, b) => b.n - a.n || a.theme.localeCompare(b.theme));
  const cells = suppressIndependentCounts(
    counts.map((t) => t.n),
    k,
  );
  const bars = counts.map((t, i) => ({ key: t.theme, label: themeLabels[t.theme], cell: cells[i]! }));
  // Hidden bars go in taxonomy order: in size order, their order alone would tell which was larger.
  const hidden = bars.filter((b) => b.cell.suppressed).sort((a, b) => themeIds.indexOf(a.key) - themeIds.indexOf(b.key));
  return [...bars.filter((b) => !b.cell.suppressed).slice(0, limit), ...hidden];
}

function sentimentByDepartment(interviews: readonly LabelledInterview[], k: number): DashboardData["sentimentByDepartment"] {
  const withSentiment = interviews.filter((i) => i.effectiveSentiment);
  const departments = [...new Set(withSentiment.map((i) => i.department))].sort((a, b) => a.localeCompare(b));
  const table = departments.map((d) => sentimentLabels.map((s) => withSentiment.filter((i) => i.department === d && i.effectiveSentiment === s).length));
  return { departments, sentiments: sentimentLabels.map((s) => ({ key: s, label: sentimentWords[s] })), table: suppressTable(table, k) };
}

function dropOffAndTime(interviews: readonly LabelledInterview[], k: number): Pick<DashboardData, "dropOff" | "timePerArea"> {
  // Withdrawn interviews keep no answers, so only those still holding theirs say where people stopped.
  const started = interviews.filter((i) => i.status === "IN_PROGRESS" || i.status === "COMPLETED");
  const areas = areasInProtocolOrder(started.flatMap((i) => i.answers.map((a) => a.area)));
  const reached = areas.map((area) => started.filter((i) => i.answers.some((a) => a.area === area)).length);
  const cells = suppressFunnel(started.length, reached, k);
  const startedCell = suppressCounts([started.length], k).total;
  const timePerArea = areas.map((area) => {
    const timed = started.flatMap((i) =>
      i.answers.filter((a) => a.area === area && a.secondsSpent != null).map((a) => ({ who: i.id, seconds: a.secondsSpent! })),
    );
    const people = new Set(timed.map((t) => t.who)).size;
    const sum = timed.reduce((s, t) => s + t.seconds, 0);
    return { key: area, label: areaLabel(area), seconds: suppressMean({ sum, count: timed.length, people }, k) };
  });
  return {
    dropOff: {
      started: startedCell,
      areas: areas.map((area, i) => ({
        key: area,
        label: areaLabel(area),
        reached: cells[i]!,
        share: cells[i]!.suppressed || !started.length ? null : cells[i]!.value! / started.length,
      })),
    },
    timePerArea,
  };
}

export function aggregateDashboard(interviews: readonly LabelledInterview[], k: number): DashboardData {
  const statuses = chartOf(exitStatuses, statusLabels, (s) => interviews.filter((i) => i.status === s).length, k);
  const completed = statuses.bars.find((b) => b.key === "COMPLETED")!.cell;
  return {
    k,
    interviews: statuses.total,
    exitsByMonth: exitsByMonth(interviews, k),
    reasons: chartOf(exitReasons, reasonLabels, (r) => interviews.filter((i) => i.reason === r).length, k),
    statuses,
    completionRate: completed.suppressed || statuses.total.suppressed || !statuses.total.value ? null : completed.value / statuses.total.value,
    sentimentByDepartment: sentimentByDepartment(interviews, k),
    topThemes: themeBars(
      interviews.map((i) => i.effectiveThemes),
      k,
      10,
    ),
    stayThemes: themeBars(interviews.map(stayThemes), k, 10),
    ...dropOffAndTime(interviews, k),
  };
}
