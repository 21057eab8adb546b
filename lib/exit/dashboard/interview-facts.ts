import { overallSentiment } from "@/lib/exit/analysis/overall-sentiment";
import { questionKindOf } from "@/lib/exit/analysis/question-kind";
import type { Intensity, SentimentLabel } from "@/lib/exit/analysis/sentiment";
import { themeIds, type ThemeId } from "@/lib/exit/analysis/theme-ids";
import type { SentimentName } from "@/lib/exit/dashboard/vocabulary";
import { areaIds, type AreaId } from "@/lib/exit/interview/protocol";

// What the dashboard reads from one interview. The summary job writes the interview's sentiment and
// themes; until it has, they come from the labels each answer got when it was saved, so a finished
// interview counts on the dashboard at once.

export type AnswerLabels = { area: string; question: string | null; skipped: boolean; sentiment: string | null; intensity: number | null; themes: string[] };
export type InterviewLabels = { sentiment: string | null; themes: string[]; answers: AnswerLabels[] };

const sentimentNames = new Set<string>(["positive", "negative", "neutral", "mixed"]);
const themeSet = new Set<string>(themeIds);
const isTheme = (theme: string): theme is ThemeId => themeSet.has(theme);

export function interviewSentiment(interview: InterviewLabels): SentimentName | null {
  if (interview.sentiment && sentimentNames.has(interview.sentiment)) return interview.sentiment as SentimentName;
  const labelled = interview.answers.filter((a) => !a.skipped && a.sentiment && sentimentNames.has(a.sentiment));
  const overall = overallSentiment(
    labelled.map((a) => ({ label: a.sentiment as SentimentLabel, intensity: Math.min(3, Math.max(1, a.intensity ?? 1)) as Intensity, drivers: [] })),
  );
  return overall?.label ?? null;
}

export function interviewThemes(interview: InterviewLabels): ThemeId[] {
  const source = interview.themes.length ? interview.themes : interview.answers.flatMap((a) => (a.skipped ? [] : a.themes));
  return [...new Set(source.filter(isTheme))];
}

/** The protocol's area that asks what would have changed the decision to leave. */
const stayArea: AreaId = "change_decision";

/** Whether an answer says what would have kept the person: by its area, or by what its question asked. */
export function isStayAnswer(answer: Pick<AnswerLabels, "area" | "question">): boolean {
  if (answer.area === stayArea) return true;
  const kind = answer.question ? questionKindOf(answer.question) : null;
  return kind === "stay" || kind === "change";
}

/** The themes of what would have kept this person. */
export function stayThemes(interview: InterviewLabels): ThemeId[] {
  return [...new Set(interview.answers.filter((a) => !a.skipped && isStayAnswer(a)).flatMap((a) => a.themes.filter(isTheme)))];
}

const areaNames: Record<AreaId, string> = {
  reasons: "Reasons for leaving",
  role: "Role",
  manager: "Manager",
  team: "Team",
  growth: "Growth",
  pay_benefits: "Pay and benefits",
  culture_workload: "Culture and workload",
  change_decision: "What would have kept them",
  rehire_recommend: "Rehire and recommend",
};

const isAreaId = (area: string): area is AreaId => (areaIds as readonly string[]).includes(area);

export function areaLabel(area: string): string {
  return isAreaId(area) ? areaNames[area] : area;
}

/** The areas seen, in the protocol's order; any the protocol no longer has come last. */
export function areasInProtocolOrder(seen: Iterable<string>): string[] {
  const set = new Set(seen);
  return [...areaIds.filter((a) => set.has(a)), ...[...set].filter((a) => !isAreaId(a)).sort()];
}
