import { themeIds, type ThemeId } from "@/lib/exit/analysis/theme-ids";
import {
  suppressCounts,
  suppressFunnel,
  suppressIndependentCounts,
  suppressMean,
  suppressTable,
  tooFew,
  type Cell,
  type Group,
  type SuppressedTable,
} from "@/lib/exit/dashboard/anonymity";
import { areaLabel, areasInProtocolOrder, stayThemes } from "@/lib/exit/dashboard/interview-facts";
import { isAnonymous, type LabelledInterview } from "@/lib/exit/dashboard/select";
import { exitReasons, exitStatuses, reasonLabels, sentimentLabels, sentimentWords, statusLabels, themeLabels } from "@/lib/exit/dashboard/vocabulary";

// Every chart of the dashboard, computed on the server from the filtered interviews and with the
// anonymity thresholds already applied: what leaves this module is safe to show and to export.
// Each count carries how many of its people are confidential, as those are the ones HR cannot see
// listed (see anonymity.ts).

export type Bar = { key: string; label: string; cell: Cell };
export type BarChart = { bars: Bar[]; total: Cell };
export type Share = { key: string; label: string; reached: Cell; share: number | null };

export type DashboardCharts = {
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

/**
 * `charts` is null when the interviews hold 1..k-1 confidential people: every figure would then
 * describe them beside the listed interviews, so no figure is shown, only a notice.
 */
export type DashboardData = { k: number; charts: DashboardCharts | null };

/** The people of some interviews, and how many of them are confidential. */
const groupOf = (interviews: readonly LabelledInterview[]): Group => ({ people: interviews.length, confidential: interviews.filter(isAnonymous).length });

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
  // Whole months only: a narrower bucket could single out one person by their last day.
  const monthOf = (i: LabelledInterview) => month(i.lastDay ?? i.createdAt);
  const months = interviews.map(monthOf).sort();
  if (!months.length) return { bars: [], total: suppressCounts([], k).total };
  const keys = monthsBetween(months[0]!, months.at(-1)!);
  const { cells, total } = suppressCounts(
    keys.map((key) => groupOf(interviews.filter((i) => monthOf(i) === key))),
    k,
  );
  return { bars: keys.map((key, i) => ({ key, label: monthLabel.format(new Date(`${key}-01T00:00:00Z`)), cell: cells[i]! })), total };
}

function chartOf<K extends string>(
  interviews: readonly LabelledInterview[],
  keys: readonly K[],
  labels: Record<K, string>,
  keyOf: (interview: LabelledInterview) => string,
  k: number,
): BarChart {
  const { cells, total } = suppressCounts(
    keys.map((key) => groupOf(interviews.filter((i) => keyOf(i) === key))),
    k,
  );
  return { bars: keys.map((key, i) => ({ key, label: labels[key], cell: cells[i]! })), total };
}

/** Theme counts, largest first; themes nobody named are left out. */
function themeBars(interviews: readonly LabelledInterview[], themesOf: (i: LabelledInterview) => ThemeId[], k: number, limit: number): Bar[] {
  const counts = themeIds.map((theme) => ({ theme, group: groupOf(interviews.filter((i) => themesOf(i).includes(theme))) })).filter((t) => t.group.people > 0);
  counts.sort((a, b) => b.group.people - a.group.people || a.theme.localeCompare(b.theme));
  const cells = suppressIndependentCounts(
    counts.map((t) => t.group),
    k,
  );
  const bars = counts.map((t, i) => ({ key: t.theme, label: themeLabels[t.theme], cell: cells[i]! }));
  // Hidden bars go in taxonomy order: in size order, their order alone would tell which was larger.
  const hidden = bars.filter((b) => b.cell.suppressed).sort((a, b) => themeIds.indexOf(a.key) - themeIds.indexOf(b.key));
  return [...bars.filter((b) => !b.cell.suppressed).slice(0, limit), ...hidden];
}

function sentimentByDepartment(interviews: readonly LabelledInterview[], k: number): DashboardCharts["sentimentByDepartment"] {
  const withSentiment = interviews.filter((i) => i.effectiveSentiment);
  const departments = [...new Set(withSentiment.map((i) => i.department))].sort((a, b) => a.localeCompare(b));
  const table = departments.map((d) => sentimentLabels.map((s) => groupOf(withSentiment.filter((i) => i.department === d && i.effectiveSentiment === s))));
  return { departments, sentiments: sentimentLabels.map((s) => ({ key: s, label: sentimentWords[s] })), table: suppressTable(table, k) };
}

function dropOffAndTime(interviews: readonly LabelledInterview[], k: number): Pick<DashboardCharts, "dropOff" | "timePerArea"> {
  // Withdrawn interviews keep no answers, so only those still holding theirs say where people stopped.
  const started = interviews.filter((i) => i.status === "IN_PROGRESS" || i.status === "COMPLETED");
  const areas = areasInProtocolOrder(started.flatMap((i) => i.answers.map((a) => a.area)));
  const reached = areas.map((area) => groupOf(started.filter((i) => i.answers.some((a) => a.area === area))));
  const cells = suppressFunnel(groupOf(started), reached, k);
  const startedCell = suppressCounts([groupOf(started)], k).total;
  const timePerArea = areas.map((area) => {
    const timed = started.flatMap((i) => i.answers.filter((a) => a.area === area && a.secondsSpent != null).map((a) => ({ who: i, seconds: a.secondsSpent! })));
    const group = groupOf([...new Set(timed.map((t) => t.who))]);
    const sum = timed.reduce((s, t) => s + t.seconds, 0);
    return { key: area, label: areaLabel(area), seconds: suppressMean({ sum, count: timed.length, group }, k) };
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
  if (tooFew(groupOf(interviews).confidential, k)) return { k, charts: null };
  const statuses = chartOf(interviews, exitStatuses, statusLabels, (i) => i.status, k);
  const completed = statuses.bars.find((b) => b.key === "COMPLETED")!.cell;
  return {
    k,
    charts: {
      interviews: statuses.total,
      exitsByMonth: exitsByMonth(interviews, k),
      reasons: chartOf(interviews, exitReasons, reasonLabels, (i) => i.reason, k),
      statuses,
      completionRate: completed.suppressed || statuses.total.suppressed || !statuses.total.value ? null : completed.value / statuses.total.value,
      sentimentByDepartment: sentimentByDepartment(interviews, k),
      topThemes: themeBars(interviews, (i) => i.effectiveThemes, k, 10),
      stayThemes: themeBars(interviews, stayThemes, k, 10),
      ...dropOffAndTime(interviews, k),
    },
  };
}
