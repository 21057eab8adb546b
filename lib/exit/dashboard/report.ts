import { maskPersonalData } from "@/lib/exit/analysis/mask/mask";
import { scoreSentiment } from "@/lib/exit/analysis/sentiment";
import type { InterviewSummary, Turn } from "@/lib/exit/analysis/summary-schema";
import { quoteIsVerbatim } from "@/lib/exit/analysis/verbatim";
import { areaLabel } from "@/lib/exit/dashboard/interview-facts";
import { reasonLabels, sentimentWords, statusLabels, themeLabels, type ExitReason, type SentimentName } from "@/lib/exit/dashboard/vocabulary";
import type { ThemeId } from "@/lib/exit/analysis/theme-ids";
import { protocolQuestion } from "@/lib/exit/interview/protocol";

// One interview as HR reads it, on the page and in the PDF alike: the facts HR may see, the summary,
// the quotes (each checked word for word against the answers), and the transcript in attributed mode.

export type ReportAnswer = {
  seq: number;
  area: string;
  question: string | null;
  answer: string | null;
  skipped: boolean;
  followUp: boolean;
  sentiment: string | null;
  themes: string[];
  questionKey: string;
};

export type ReportSource = {
  employeeName: string;
  employeeEmail: string;
  department: string;
  role: string;
  manager: string;
  startDate: Date | null;
  lastDay: Date | null;
  reason: string;
  regrettable: boolean;
  mode: "ATTRIBUTED" | "CONFIDENTIAL";
  status: keyof typeof statusLabels;
  summaryStatus: string | null;
  purgedAt: Date | null;
  answers: ReportAnswer[];
};

export type TranscriptEntry = {
  seq: number;
  area: string;
  question: string;
  answer: string | null;
  followUp: boolean;
  sentiment: string | null;
  drivers: string[];
  themes: string[];
};

export type SummarySection = { heading: string; items: string[] };
export type SummaryState = "done" | "pending" | "failed" | "not_started" | "withdrawn";

export type ExitReport = {
  title: string;
  facts: { label: string; value: string }[];
  summaryState: SummaryState;
  sentiment: string | null;
  themes: string[];
  sections: SummarySection[];
  quotes: string[];
  /** Null in confidential mode, and once the retention period has deleted the answers. */
  transcript: TranscriptEntry[] | null;
  purged: boolean;
};

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const themeName = (theme: string) => themeLabels[theme as ThemeId] ?? theme;
const verdictWords = { yes: "Yes", no: "No", unsure: "Unsure" } as const;

/** The conversation as the quote check reads it: the questions, and the employee's own words. */
export function turnsOf(answers: readonly ReportAnswer[]): Turn[] {
  return answers.flatMap((a) => [
    { role: "interviewer" as const, text: a.question ?? "" },
    ...(a.answer && !a.skipped ? [{ role: "employee" as const, text: a.answer }] : []),
  ]);
}

function summaryStateOf(source: ReportSource, summary: InterviewSummary | null): SummaryState {
  if (source.status === "WITHDRAWN") return "withdrawn";
  if (summary && source.summaryStatus === "done") return "done";
  if (source.summaryStatus === "failed") return "failed";
  return source.status === "COMPLETED" ? "pending" : "not_started";
}

function sectionsOf(summary: InterviewSummary): SummarySection[] {
  const sections: SummarySection[] = [
    { heading: "Reasons for leaving", items: summary.reasons.map((r) => (r.themes.length ? `${r.text} (${r.themes.map(themeName).join(", ")})` : r.text)) },
    { heading: "What would have kept them", items: summary.wouldHaveStayedIf ? [summary.wouldHaveStayedIf] : [] },
    { heading: "Feedback on management", items: summary.managementFeedback },
    { heading: "Suggestions", items: summary.suggestions },
    {
      heading: "Rehire and recommend",
      items: [
        `Would recommend working here: ${summary.wouldRecommend ? verdictWords[summary.wouldRecommend] : "not said"}`,
        `Would come back: ${summary.wouldReturn ? verdictWords[summary.wouldReturn] : "not said"}`,
      ],
    },
  ];
  if (summary.escalations.length) sections.push({ heading: "Needs action", items: summary.escalations.map((e) => `${themeName(e.theme)}: ${e.text}`) });
  return sections;
}

function factsOf(source: ReportSource, confidential: boolean): ExitReport["facts"] {
  const reason = reasonLabels[source.reason as ExitReason] ?? source.reason;
  const shared = [
    { label: "Reason", value: `${reason}${source.regrettable ? ", regrettable" : ""}` },
    { label: "Status", value: statusLabels[source.status] },
    { label: "Mode", value: confidential ? "Confidential" : "Attributed" },
  ];
  if (confidential) return shared;
  return [
    { label: "Employee", value: `${source.employeeName} <${source.employeeEmail}>` },
    { label: "Role", value: `${source.role}, ${source.department}` },
    { label: "Manager", value: source.manager },
    { label: "Dates", value: `${source.startDate ? day.format(source.startDate) : "—"} to ${source.lastDay ? day.format(source.lastDay) : "—"}` },
    ...shared,
  ];
}

/**
 * The report for one interview. In confidential mode it holds no field that names the person, no
 * transcript, and quotes only after their names and contact details are masked.
 */
export function buildExitReport(source: ReportSource, summary: InterviewSummary | null): ExitReport {
  const confidential = source.mode === "CONFIDENTIAL" && source.status !== "INVITED";
  const state = summaryStateOf(source, summary);
  const usable = state === "done" ? summary : null;
  const turns = turnsOf(source.answers);
  const knownNames = [source.employeeName, source.manager];
  const quotes = (usable?.quotes ?? []).filter((q) => quoteIsVerbatim(q, turns)).map((q) => (confidential ? maskPersonalData(q, { knownNames }).text : q));
  const transcript =
    confidential || source.purgedAt
      ? null
      : source.answers.map((a) => {
          // The analysis reads the main question's English wording, as when the answer was labelled.
          const asked = protocolQuestion(a.questionKey)?.text.en ?? a.question ?? "";
          return {
            seq: a.seq,
            area: areaLabel(a.area),
            question: a.question ?? asked,
            answer: a.skipped ? null : a.answer,
            followUp: a.followUp,
            sentiment: a.sentiment,
            drivers: a.answer && !a.skipped ? scoreSentiment(a.answer, { question: asked }).drivers : [],
            themes: a.themes.map(themeName),
          };
        });
  const title = confidential ? "Confidential exit interview" : `Exit interview: ${source.employeeName}`;
  return {
    title,
    facts: factsOf(source, confidential),
    summaryState: state,
    sentiment: usable?.sentiment ? sentimentWords[usable.sentiment as SentimentName] : null,
    themes: (usable?.themes ?? []).map(themeName),
    // The summary's text is masked when written; names HR entered are masked here too, which the writer may not have known.
    sections: usable
      ? sectionsOf(usable).map((s) => (confidential ? { ...s, items: s.items.map((item) => maskPersonalData(item, { knownNames }).text) } : s))
      : [],
    quotes,
    transcript,
    purged: Boolean(source.purgedAt),
  };
}
