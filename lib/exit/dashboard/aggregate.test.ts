import { describe, expect, it } from "vitest";
import { themeIds } from "@/lib/exit/analysis/theme-ids";
import { aggregateDashboard } from "@/lib/exit/dashboard/aggregate";
import { answerFixture, interviewFixture } from "@/lib/exit/dashboard/fixtures";
import { applyLabelFilters } from "@/lib/exit/dashboard/select";
import type { DashboardInterview } from "@/lib/db/queries/exit-dashboard";

const labelled = (interviews: DashboardInterview[]) => applyLabelFilters(interviews, {});
const many = (n: number, fields: Parameters<typeof interviewFixture>[0] = {}) => Array.from({ length: n }, () => interviewFixture(fields));

describe("aggregateDashboard", () => {
  it("counts reasons and statuses, hiding a reason with fewer than k people and its complement", () => {
    const interviews = [...many(6, { reason: "voluntary" }), ...many(2, { reason: "involuntary", regrettable: false }), ...many(7, { reason: "retirement" })];
    const data = aggregateDashboard(labelled(interviews), 5);
    const reasons = Object.fromEntries(data.reasons.bars.map((b) => [b.key, b.cell]));
    expect(reasons.involuntary!.suppressed).toBe(true);
    // The smallest other count (voluntary: 6) is hidden so that involuntary = total - the rest fails.
    expect(reasons.voluntary!.suppressed).toBe(true);
    expect(reasons.retirement).toEqual({ value: 7, suppressed: false });
    expect(data.reasons.total).toEqual({ value: interviews.length, suppressed: false });
    expect(data.completionRate).toBe(1);
  });

  it("shows nothing at all when the filtered interviews are fewer than k", () => {
    const data = aggregateDashboard(labelled(many(4, { sentiment: "negative" })), 5);
    expect(data.interviews.suppressed).toBe(true);
    expect(data.reasons.bars.every((b) => b.cell.suppressed)).toBe(true);
    expect(data.exitsByMonth.bars.every((b) => b.cell.suppressed)).toBe(true);
    expect(data.sentimentByDepartment.table.total.suppressed).toBe(true);
    expect(data.dropOff.started.suppressed).toBe(true);
    expect(data.completionRate).toBeNull();
  });

  it("counts exits per month of the last day, with empty months in between as zero", () => {
    const interviews = [...many(5, { lastDay: new Date("2026-01-20T00:00:00Z") }), ...many(6, { lastDay: new Date("2026-03-02T00:00:00Z") })];
    const bars = aggregateDashboard(labelled(interviews), 5).exitsByMonth.bars;
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
    const { departments, sentiments, table } = aggregateDashboard(labelled(interviews), 5).sentimentByDepartment;
    expect(departments).toEqual(["Sales", "Support"]);
    const column = (key: string) => sentiments.findIndex((s) => s.key === key);
    expect(table.cells[0]![column("negative")]).toEqual({ value: 5, suppressed: false });
    expect(table.cells[0]![column("positive")]).toEqual({ value: 5, suppressed: false });
    expect(table.cells[1]![column("negative")]).toEqual({ value: 6, suppressed: false });
    expect(table.total).toEqual({ value: 16, suppressed: false });
  });

  it("ranks themes by interviews naming them and hides themes named by fewer than k", () => {
    const interviews = [...many(6, { themes: ["compensation", "manager"] }), ...many(3, { themes: ["manager"] }), ...many(2, { themes: ["commute"] })];
    const bars = aggregateDashboard(labelled(interviews), 5).topThemes;
    expect(bars[0]).toMatchObject({ key: "manager", cell: { value: 9 } });
    expect(bars[1]).toMatchObject({ key: "compensation", cell: { value: 6 } });
    expect(bars.find((b) => b.key === "commute")!.cell.suppressed).toBe(true);
  });

  it("lists hidden themes in taxonomy order, whatever their sizes", () => {
    // Commute (4) is named by more people than compensation (1); both are below k.
    const interviews = [...many(5, { themes: ["manager"] }), ...many(4, { themes: ["commute"] }), ...many(1, { themes: ["compensation"] })];
    const hidden = aggregateDashboard(labelled(interviews), 5).topThemes.filter((b) => b.cell.suppressed);
    expect(hidden.map((b) => b.key)).toEqual(themeIds.filter((id) => id === "compensation" || id === "commute"));
  });

  it("takes 'what would have kept you' from the answers to that question only", () => {
    const answers = [
      answerFixture({ area: "reasons", themes: ["manager"] }),
      answerFixture({ area: "change_decision", question: "What would have made you stay?", themes: ["compensation"] }),
    ];
    const bars = aggregateDashboard(labelled(many(5, { answers })), 5).stayThemes;
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
    const { dropOff, timePerArea } = aggregateDashboard(labelled(interviews), 5);
    expect(dropOff.started).toEqual({ value: 16, suppressed: false });
    expect(dropOff.areas.map((a) => a.key)).toEqual(["reasons", "manager", "pay_benefits"]);
    expect(dropOff.areas.map((a) => a.reached.value)).toEqual([16, 10, 10]);
    expect(dropOff.areas[1]!.share).toBe(10 / 16);
    expect(timePerArea.map((t) => t.seconds.value)).toEqual([40, 20, 10]);
  });
});
