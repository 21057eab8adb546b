import { cellText, type Cell } from "@/lib/exit/dashboard/anonymity";
import type { DashboardData } from "@/lib/exit/dashboard/aggregate";
import type { ListRow } from "@/lib/exit/dashboard/select";
import { reasonLabels, sentimentWords, statusLabels, themeLabels, type ExitReason } from "@/lib/exit/dashboard/vocabulary";

// The dashboard as a CSV file: the visible rows, then every chart's numbers, with the same anonymity
// rules as the page (the rows and cells given here were already filtered and suppressed).

// A spreadsheet runs a cell that starts with one of these as a formula (a tab or carriage return
// before "=" is trimmed by some of them first).
const formulaStarts = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** One field, quoted, with a leading formula character defused by a quote so it is read as text. */
export function csvField(value: string | number | boolean | null | undefined): string {
  const text = value == null ? "" : String(value);
  const safe = text.length && formulaStarts.has(text[0]!) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

const line = (fields: readonly (string | number | boolean | null | undefined)[]) => fields.map(csvField).join(",");
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");
const reasonLabel = (reason: string) => reasonLabels[reason as ExitReason] ?? reason;

const listHeader = [
  "Name",
  "Email",
  "Department",
  "Role",
  "Manager",
  "Start date",
  "Last day",
  "Reason",
  "Regrettable",
  "Language",
  "Mode",
  "Status",
  "Sentiment",
  "Themes",
];

function rowFields(row: ListRow): (string | boolean)[] {
  const i = row.interview;
  return [
    i.employeeName,
    i.employeeEmail,
    i.department,
    i.role,
    i.manager,
    day(i.startDate),
    day(i.lastDay),
    reasonLabel(i.reason),
    i.regrettable ? "yes" : "no",
    i.language,
    i.mode === "CONFIDENTIAL" ? "Confidential" : "Attributed",
    statusLabels[i.status],
    i.effectiveSentiment ? sentimentWords[i.effectiveSentiment] : "",
    i.effectiveThemes.map((t) => themeLabels[t]).join("; "),
  ];
}

function aggregateLines({ k, charts: data }: DashboardData): string[] {
  const out: string[] = [line(["Chart", "Group", "Value"])];
  if (!data) return [...out, line(["All charts", `These interviews include fewer than ${k} confidential ones`, "not shown"])];
  const bars = (chart: string, list: { label: string; cell: Cell }[]) => list.forEach((b) => out.push(line([chart, b.label, cellText(b.cell, k)])));
  out.push(line(["Interviews", "All matching", cellText(data.interviews, k)]));
  bars("Exits by month", data.exitsByMonth.bars);
  bars("Reasons", data.reasons.bars);
  bars("Status", data.statuses.bars);
  out.push(line(["Completion rate", "Completed of all", data.completionRate == null ? `fewer than ${k}` : `${Math.round(data.completionRate * 100)}%`]));
  const { departments, sentiments, table } = data.sentimentByDepartment;
  departments.forEach((department, r) =>
    sentiments.forEach((s, c) => out.push(line(["Sentiment by department", `${department}: ${s.label}`, cellText(table.cells[r]![c]!, k)]))),
  );
  bars("Top themes", data.topThemes);
  bars("What would have kept them", data.stayThemes);
  out.push(line(["Reached each area", "Started", cellText(data.dropOff.started, k)]));
  data.dropOff.areas.forEach((a) => out.push(line(["Reached each area", a.label, cellText(a.reached, k)])));
  data.timePerArea.forEach((t) => out.push(line(["Seconds per question", t.label, cellText(t.seconds, k, (n) => String(Math.round(n)))])));
  return out;
}

/** The whole file, CRLF-separated as RFC 4180 asks. */
export function exitDashboardCsv({ rows, anonymousCount, data }: { rows: readonly ListRow[]; anonymousCount: number | null; data: DashboardData }): string {
  const lines = [line(listHeader), ...rows.map((row) => line(rowFields(row)))];
  if (anonymousCount === null) lines.push(line([`Confidential interviews: fewer than ${data.k} match, so they are neither listed nor counted here`]));
  else if (anonymousCount > 0) lines.push(line([`Confidential interviews: ${anonymousCount}, counted in the totals below and never listed one by one`]));
  return [...lines, "", ...aggregateLines(data)].join("\r\n") + "\r\n";
}
