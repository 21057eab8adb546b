import { describe, expect, it } from "vitest";
import { emptySummary, type InterviewSummary } from "@/lib/exit/analysis/summary-schema";
import { buildExitReport, type ReportSource } from "@/lib/exit/dashboard/report";
import { reportBlocks } from "@/lib/exit/dashboard/report-blocks";
import { plainText } from "@/lib/documents/markdown-blocks";

const reasonAnswer = "My manager Morgan Lead cancelled every one-to-one. Call me on 07700 900123 if you need more.";

const source = (fields: Partial<ReportSource> = {}): ReportSource => ({
  employeeName: "Robin Vale",
  employeeEmail: "robin@example.test",
  department: "Sales",
  role: "Account executive",
  manager: "Morgan Lead",
  startDate: new Date("2022-01-10T00:00:00Z"),
  lastDay: new Date("2026-11-30T00:00:00Z"),
  reason: "voluntary",
  regrettable: true,
  mode: "ATTRIBUTED",
  status: "COMPLETED",
  summaryStatus: "done",
  purgedAt: null,
  answers: [
    {
      seq: 0,
      area: "reasons",
      questionKey: "reason",
      question: "What is the main reason you decided to leave?",
      answer: reasonAnswer,
      skipped: false,
      followUp: false,
      sentiment: "negative",
      themes: ["manager"],
    },
    {
      seq: 1,
      area: "pay_benefits",
      questionKey: "pay",
      question: "How did you feel about pay?",
      answer: null,
      skipped: true,
      followUp: false,
      sentiment: null,
      themes: [],
    },
  ],
  ...fields,
});

const summary: InterviewSummary = {
  ...emptySummary(false),
  sentiment: "negative",
  themes: ["manager"],
  reasons: [{ text: "Cancelled one-to-ones", themes: ["manager"] }],
  quotes: ["My manager Morgan Lead cancelled every one-to-one.", "A sentence nobody said."],
};

describe("buildExitReport", () => {
  it("shows only quotes found word for word in the answers", () => {
    const report = buildExitReport(source(), summary);
    expect(report.quotes).toEqual(["My manager Morgan Lead cancelled every one-to-one."]);
  });

  it("gives the transcript in attributed mode, with the sentences behind each sentiment", () => {
    const report = buildExitReport(source(), summary);
    expect(report.transcript).toHaveLength(2);
    expect(report.transcript![0]!.answer).toBe(reasonAnswer);
    expect(report.transcript![0]!.drivers.every((d) => reasonAnswer.includes(d))).toBe(true);
    expect(report.transcript![1]!.answer).toBeNull();
    expect(report.facts.map((f) => f.value).join(" ")).toContain("Robin Vale");
  });

  it("in confidential mode keeps no name, no transcript, and masks the quotes", () => {
    const report = buildExitReport(source({ mode: "CONFIDENTIAL" }), summary);
    const everything =
      JSON.stringify(report) +
      reportBlocks(report)
        .map((b) => ("runs" in b ? plainText(b.runs) : ""))
        .join(" ");
    expect(report.transcript).toBeNull();
    for (const secret of ["Robin", "robin@example.test", "Morgan", "07700 900123", "Sales"]) expect(everything).not.toContain(secret);
    expect(report.quotes).toHaveLength(1);
  });

  it("says the summary is being prepared until the job has written it", () => {
    expect(buildExitReport(source({ summaryStatus: "pending" }), null).summaryState).toBe("pending");
    expect(buildExitReport(source({ summaryStatus: null, status: "IN_PROGRESS" }), null).summaryState).toBe("not_started");
    expect(buildExitReport(source({ summaryStatus: "failed" }), null).summaryState).toBe("failed");
    expect(buildExitReport(source({ status: "WITHDRAWN", answers: [] }), null).summaryState).toBe("withdrawn");
  });

  it("leaves the transcript out once the answers were purged", () => {
    expect(buildExitReport(source({ purgedAt: new Date() }), summary)).toMatchObject({ transcript: null, purged: true });
  });
});

describe("reportBlocks", () => {
  it("puts every summary section, quote and answer into the document", () => {
    const report = buildExitReport(source(), summary);
    const text = reportBlocks(report)
      .map((b) => ("runs" in b ? plainText(b.runs) : b.kind === "list" ? b.items.map(plainText).join(" ") : ""))
      .join("\n");
    for (const section of report.sections) expect(text).toContain(section.heading);
    for (const quote of report.quotes) expect(text).toContain(quote);
    expect(text).toContain(reasonAnswer);
    expect(text).toContain("Skipped.");
  });
});
