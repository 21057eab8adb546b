import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { themeIds } from "@/lib/exit/analysis/theme-ids";
import { aggregateDashboard, type BarChart } from "@/lib/exit/dashboard/aggregate";
import { tooFew, type Cell } from "@/lib/exit/dashboard/anonymity";
import { answerFixture, interviewFixture } from "@/lib/exit/dashboard/fixtures";
import { applyLabelFilters, isAnonymous, visibleRows } from "@/lib/exit/dashboard/select";
import type { DashboardInterview } from "@/lib/db/queries/exit-dashboard";

const labelled = (interviews: DashboardInterview[]) => applyLabelFilters(interviews, {});
const many = (n: number, fields: Parameters<typeof interviewFixture>[0] = {}) => Array.from({ length: n }, () => interviewFixture(fields));

describe("aggregateDashboard", () => {
  it("counts reasons and statuses, hiding a reason with fewer than k people and its complement", () => {
    const interviews = [...many(6, { reason: "voluntary" }), ...many(2, { reason: "involuntary", regrettable: false }), ...many(7, { reason: "retirement" })];
    const data = aggregateDashboard(labelled(interviews), 5).charts!;
    const reasons = Object.fromEntries(data.reasons.bars.map((b) => [b.key, b.cell]));
    expect(reasons.involuntary!.suppressed).toBe(true);
    // The smallest other count (voluntary: 6) is hidden so that involuntary = total - the rest fails.
    expect(reasons.voluntary!.suppressed).toBe(true);
    expect(reasons.retirement).toEqual({ value: 7, suppressed: false });
    expect(data.reasons.total).toEqual({ value: interviews.length, suppressed: false });
    expect(data.completionRate).toBe(1);
  });

  it("shows nothing at all when the filtered interviews are fewer than k", () => {
    const data = aggregateDashboard(labelled(many(4, { sentiment: "negative" })), 5).charts!;
    expect(data.interviews.suppressed).toBe(true);
    expect(data.reasons.bars.every((b) => b.cell.suppressed)).toBe(true);
    expect(data.exitsByMonth.bars.every((b) => b.cell.suppressed)).toBe(true);
    expect(data.sentimentByDepartment.table.total.suppressed).toBe(true);
    expect(data.dropOff.started.suppressed).toBe(true);
    expect(data.completionRate).toBeNull();
  });

  it("counts exits per month of the last day, with empty months in between as zero", () => {
    const interviews = [...many(5, { lastDay: new Date("2026-01-20T00:00:00Z") }), ...many(6, { lastDay: new Date("2026-03-02T00:00:00Z") })];
    const bars = aggregateDashboard(labelled(interviews), 5).charts!.exitsByMonth.bars;
    expect(bars.map((b) => b.key)).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(bars.map((b) => b.cell.value)).toEqual([5, 0, 6]);
  });

  it("takes sentiment from the answers while the summary is pending, and crosses it with departments", () => {
    const negative = [answerFixture({ sentiment: "negative", intensity: 3 })];
    const positive = [answerFixture({ sentiment: "positive", intensity: 3 })];
    const interviews = [
      ...many(5, { department: "Sales", answers: negative }),
      ...many(5, { department: "Sales", answers: positive }),
      ...many(6, { department: "Support", answers: negative, sentiment: "negative" }),
    ];
    const { departments, sentiments, table } = aggregateDashboard(labelled(interviews), 5).charts!.sentimentByDepartment;
    expect(departments).toEqual(["Sales", "Support"]);
    const column = (key: string) => sentiments.findIndex((s) => s.key === key);
    expect(table.cells[0]![column("negative")]).toEqual({ value: 5, suppressed: false });
    expect(table.cells[0]![column("positive")]).toEqual({ value: 5, suppressed: false });
    expect(table.cells[1]![column("negative")]).toEqual({ value: 6, suppressed: false });
    expect(table.total).toEqual({ value: 16, suppressed: false });
  });

  it("ranks themes by interviews naming them and hides themes named by fewer than k", () => {
    const interviews = [...many(6, { themes: ["compensation", "manager"] }), ...many(3, { themes: ["manager"] }), ...many(2, { themes: ["commute"] })];
    const bars = aggregateDashboard(labelled(interviews), 5).charts!.topThemes;
    expect(bars[0]).toMatchObject({ key: "manager", cell: { value: 9 } });
    expect(bars[1]).toMatchObject({ key: "compensation", cell: { value: 6 } });
    expect(bars.find((b) => b.key === "commute")!.cell.suppressed).toBe(true);
  });

  it("lists hidden themes in taxonomy order, whatever their sizes", () => {
    // Commute (4) is named by more people than compensation (1); both are below k.
    const interviews = [...many(5, { themes: ["manager"] }), ...many(4, { themes: ["commute"] }), ...many(1, { themes: ["compensation"] })];
    const hidden = aggregateDashboard(labelled(interviews), 5).charts!.topThemes.filter((b) => b.cell.suppressed);
    expect(hidden.map((b) => b.key)).toEqual(themeIds.filter((id) => id === "compensation" || id === "commute"));
  });

  it("takes 'what would have kept you' from the answers to that question only", () => {
    const answers = [
      answerFixture({ area: "reasons", themes: ["manager"] }),
      answerFixture({ area: "change_decision", question: "What would have made you stay?", themes: ["compensation"] }),
    ];
    const bars = aggregateDashboard(labelled(many(5, { answers })), 5).charts!.stayThemes;
    expect(bars.map((b) => b.key)).toEqual(["compensation"]);
  });

  it("measures how many started interviews reach each area, and the time spent there", () => {
    const full = [
      answerFixture({ area: "reasons", secondsSpent: 40 }),
      answerFixture({ area: "manager", secondsSpent: 20 }),
      answerFixture({ area: "pay_benefits", secondsSpent: 10 }),
    ];
    const interviews = [
      ...many(10, { answers: full }),
      ...many(6, { status: "IN_PROGRESS", completedAt: null, answers: full.slice(0, 1) }),
      ...many(3, { status: "INVITED", answers: [] }),
    ];
    const { dropOff, timePerArea } = aggregateDashboard(labelled(interviews), 5).charts!;
    expect(dropOff.started).toEqual({ value: 16, suppressed: false });
    expect(dropOff.areas.map((a) => a.key)).toEqual(["reasons", "manager", "pay_benefits"]);
    expect(dropOff.areas.map((a) => a.reached.value)).toEqual([16, 10, 10]);
    expect(dropOff.areas[1]!.share).toBe(10 / 16);
    expect(timePerArea.map((t) => t.seconds.value)).toEqual([40, 20, 10]);
  });
});

// HR sees every listed interview (attributed ones, and invitations nobody has answered) with its
// department, reason, status, last day, sentiment and themes. These tests play HR: subtract the
// listed interviews from each published figure, and check that what is left about confidential
// people is always 0 or at least k of them.
describe("aggregateDashboard against subtraction of the listed interviews", () => {
  const k = 5;
  const attributed = (n: number, fields: Parameters<typeof interviewFixture>[0] = {}) => many(n, { mode: "ATTRIBUTED", ...fields });
  const confidential = (n: number, fields: Parameters<typeof interviewFixture>[0] = {}) => many(n, { mode: "CONFIDENTIAL", ...fields });

  it("shows no figure at all while the interviews hold k-1 confidential people, and shows them from k", () => {
    const listed = attributed(12);
    expect(aggregateDashboard(labelled([...listed, ...confidential(k - 1)]), k).charts).toBeNull();
    const charts = aggregateDashboard(labelled([...listed, ...confidential(k)]), k).charts;
    expect(charts?.interviews).toEqual({ value: 12 + k, suppressed: false });
    // Invitations nobody has answered are listed by name, so they are not among the people to protect.
    expect(
      aggregateDashboard(labelled([...listed, ...confidential(k - 1, { status: "INVITED", consentedAt: null, completedAt: null })]), k).charts,
    ).not.toBeNull();
  });

  it("hides a reason bar whose confidential part is below k, even when the bar itself holds k or more", () => {
    // Involuntary: 6 listed + 2 confidential = 8. Shown, HR would read 8 - 6 = 2 confidential people fired.
    const interviews = [
      ...attributed(6, { reason: "involuntary" }),
      ...confidential(2, { reason: "involuntary" }),
      ...attributed(10, { reason: "voluntary" }),
      ...confidential(6, { reason: "voluntary" }),
      ...attributed(7, { reason: "retirement" }),
    ];
    const reasons = Object.fromEntries(aggregateDashboard(labelled(interviews), k).charts!.reasons.bars.map((b) => [b.key, b.cell]));
    expect(reasons.involuntary!.suppressed).toBe(true);
    // Its partner must hold confidential people: retirement (7, none confidential) would be smaller, but
    // hiding it would still let total - voluntary - listed retirees give the 2 away.
    expect(reasons.voluntary!.suppressed).toBe(true);
    expect(reasons.retirement).toEqual({ value: 7, suppressed: false });
  });

  it("shows a bar whose confidential part is exactly k", () => {
    const interviews = [...attributed(6, { reason: "involuntary" }), ...confidential(k, { reason: "involuntary" }), ...attributed(9, { reason: "voluntary" })];
    const reasons = Object.fromEntries(aggregateDashboard(labelled(interviews), k).charts!.reasons.bars.map((b) => [b.key, b.cell]));
    expect(reasons.involuntary).toEqual({ value: 6 + k, suppressed: false });
    expect(reasons.voluntary).toEqual({ value: 9, suppressed: false });
  });

  it("hides a month of exits holding one confidential person's last day", () => {
    const interviews = [
      ...attributed(8, { lastDay: new Date("2026-03-05T00:00:00Z") }),
      ...confidential(1, { lastDay: new Date("2026-03-19T00:00:00Z") }),
      ...confidential(9, { lastDay: new Date("2026-04-02T00:00:00Z") }),
    ];
    const bars = aggregateDashboard(labelled(interviews), k).charts!.exitsByMonth.bars;
    expect(bars.map((b) => b.key)).toEqual(["2026-03", "2026-04"]);
    expect(bars.every((b) => b.cell.suppressed)).toBe(true);
  });

  it("does not let a theme's count give away k-1 confidential people who named it", () => {
    const interviews = [...attributed(10, { themes: ["manager"] }), ...confidential(k - 1, { themes: ["manager"] }), ...confidential(k, { themes: [] })];
    const manager = aggregateDashboard(labelled(interviews), k).charts!.topThemes.find((b) => b.key === "manager")!;
    expect(manager.cell.suppressed).toBe(true);
  });

  const departments = ["Sales", "Support", "Legal"];
  const reasons = ["voluntary", "involuntary", "retirement"] as const;
  const statuses = ["INVITED", "IN_PROGRESS", "COMPLETED", "WITHDRAWN"] as const;
  const sentiments = ["positive", "negative", "mixed", null] as const;
  const months = ["2026-01-10", "2026-01-25", "2026-02-14", "2026-04-01"];

  /** What a published line tells about the confidential people in it, once the listed ones are taken off. */
  function expectSafeLine(line: { cell: Cell; listed: number }[], margin: { cell: Cell; listed: number } | null) {
    for (const { cell, listed } of [...line, ...(margin ? [margin] : [])]) if (!cell.suppressed) expect(tooFew(cell.value - listed, k)).toBe(false);
    if (!margin || margin.cell.suppressed) return;
    const shownSum = line.reduce((s, { cell }) => s + (cell.value ?? 0), 0);
    const hiddenListed = line.reduce((s, { cell, listed }) => s + (cell.suppressed ? listed : 0), 0);
    expect(tooFew(margin.cell.value - shownSum - hiddenListed, k)).toBe(false);
  }

  const interviewArbitrary = fc
    .record({
      confidential: fc.boolean(),
      status: fc.constantFrom(...statuses),
      department: fc.constantFrom(...departments),
      reason: fc.constantFrom(...reasons),
      sentiment: fc.constantFrom(...sentiments),
      theme: fc.constantFrom("manager" as const, "compensation" as const),
      lastDay: fc.constantFrom(...months),
      reachedManager: fc.boolean(),
    })
    .map((f) =>
      interviewFixture({
        mode: f.confidential ? "CONFIDENTIAL" : "ATTRIBUTED",
        status: f.status,
        department: f.department,
        reason: f.reason,
        sentiment: f.sentiment,
        themes: [f.theme],
        lastDay: new Date(`${f.lastDay}T00:00:00Z`),
        answers: f.status === "INVITED" ? [] : [answerFixture({ area: "reasons" }), ...(f.reachedManager ? [answerFixture({ area: "manager" })] : [])],
      }),
    );

  it("on random organisations, no figure minus the listed interviews leaves 1..k-1 confidential people", () => {
    fc.assert(
      fc.property(fc.array(interviewArbitrary, { minLength: 5, maxLength: 45 }), (drawn) => {
        checkAgainstSubtraction(labelled(drawn));
      }),
      { numRuns: 200, seed: 20261201 },
    );
  });

  function checkAgainstSubtraction(interviews: ReturnType<typeof labelled>) {
    const charts = aggregateDashboard(interviews, k).charts;
    const anonymous = interviews.filter(isAnonymous).length;
    if (!charts) {
      expect(tooFew(anonymous, k)).toBe(true);
      return;
    }
    const listed = visibleRows(interviews, k).rows.map((r) => r.interview);
    const count = (test: (i: (typeof listed)[number]) => boolean) => listed.filter(test).length;
    const barLine = (chart: BarChart, keyOf: (i: (typeof listed)[number]) => string) => {
      expectSafeLine(
        chart.bars.map((b) => ({ cell: b.cell, listed: count((i) => keyOf(i) === b.key) })),
        { cell: chart.total, listed: listed.length },
      );
    };
    barLine(charts.reasons, (i) => i.reason);
    barLine(charts.statuses, (i) => i.status);
    barLine(charts.exitsByMonth, (i) => i.lastDay!.toISOString().slice(0, 7));
    for (const bar of charts.topThemes) expectSafeLine([{ cell: bar.cell, listed: count((i) => i.effectiveThemes.includes(bar.key as never)) }], null);

    const { departments: rows, sentiments: columns, table } = charts.sentimentByDepartment;
    const inCell = (r: number, c: number) => count((i) => i.department === rows[r] && i.effectiveSentiment === columns[c]!.key);
    rows.forEach((_, r) =>
      expectSafeLine(
        columns.map((_, c) => ({ cell: table.cells[r]![c]!, listed: inCell(r, c) })),
        { cell: table.rowTotals[r]!, listed: columns.reduce((s, _, c) => s + inCell(r, c), 0) },
      ),
    );
    columns.forEach((_, c) =>
      expectSafeLine(
        rows.map((_, r) => ({ cell: table.cells[r]![c]!, listed: inCell(r, c) })),
        { cell: table.columnTotals[c]!, listed: rows.reduce((s, _, r) => s + inCell(r, c), 0) },
      ),
    );
  }
});
