import { describe, expect, it } from "vitest";
import { aggregateDashboard } from "@/lib/exit/dashboard/aggregate";
import { csvField, exitDashboardCsv } from "@/lib/exit/dashboard/csv";
import { interviewFixture } from "@/lib/exit/dashboard/fixtures";
import { applyLabelFilters, visibleRows } from "@/lib/exit/dashboard/select";

/** A small RFC 4180 reader: every field of these files is quoted, so fields are split on `","`. */
function parse(csv: string): string[][] {
  return csv
    .split("\r\n")
    .filter(Boolean)
    .map((row) => {
      expect(row.startsWith('"') && row.endsWith('"')).toBe(true);
      return row
        .slice(1, -1)
        .split('","')
        .map((f) => f.replaceAll('""', '"'));
    });
}

describe("csvField", () => {
  it.each(['=HYPERLINK("http://evil")', "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])("defuses a field starting with a formula character: %j", (value) => {
    const field = csvField(value);
    expect(field).toBe(`"'${value.replaceAll('"', '""')}"`);
  });

  it("quotes every field and doubles the quotes inside", () => {
    expect(csvField('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvField(null)).toBe('""');
    expect(csvField(12)).toBe('"12"');
  });
});

describe("exitDashboardCsv", () => {
  const k = 5;

  it("lists attributed interviews by name, never a live formula, and the charts below", () => {
    const hostile = interviewFixture({ employeeName: "=cmd|' /C calc'!A0", department: "+Sales", role: "@role" });
    const interviews = applyLabelFilters([hostile, ...Array.from({ length: 5 }, () => interviewFixture())], {});
    const csv = exitDashboardCsv({ ...visibleRows(interviews, k), data: aggregateDashboard(interviews, k) });
    const rows = parse(csv);
    for (const field of rows.flat()) expect(formulaStart(field)).toBe(false);
    expect(rows.some((r) => r[0] === `'${hostile.employeeName}`)).toBe(true);
    expect(rows.some((r) => r[0] === "Reasons" && r[1] === "Voluntary" && r[2] === String(interviews.length))).toBe(true);
  });

  it("leaves out names and emails of confidential interviews, and all of them below k", () => {
    const confidential = Array.from({ length: k }, () => interviewFixture({ mode: "CONFIDENTIAL" }));
    const all = applyLabelFilters(confidential, {});
    const csv = exitDashboardCsv({ ...visibleRows(all, k), data: aggregateDashboard(all, k) });
    for (const interview of confidential) {
      expect(csv).not.toContain(interview.employeeName);
      expect(csv).not.toContain(interview.employeeEmail);
    }
    // Counted, never listed one by one.
    expect(parse(csv).filter((r) => r[0] === "Confidential")).toHaveLength(0);
    expect(csv).toContain(`Confidential interviews: ${k}, counted`);

    const few = applyLabelFilters(confidential.slice(1), {});
    const fewCsv = exitDashboardCsv({ ...visibleRows(few, k), data: aggregateDashboard(few, k) });
    expect(fewCsv).toContain(`Confidential interviews: fewer than ${k} match`);
    // Beside the listed interviews, any total would describe those few confidential people: none is printed.
    expect(parse(fewCsv).find((r) => r[0] === "All charts")?.[2]).toBe("not shown");
    expect(parse(fewCsv).some((r) => r[0] === "Interviews" || r[0] === "Reasons")).toBe(false);
  });
});

function formulaStart(field: string): boolean {
  return ["=", "+", "-", "@", "\t", "\r"].some((c) => field.startsWith(c));
}
