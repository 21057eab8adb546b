import type { DashboardInterview } from "@/lib/db/queries/exit-dashboard";
import { enoughPeople } from "@/lib/exit/dashboard/anonymity";
import type { ExitFilters } from "@/lib/exit/dashboard/filters";
import { interviewSentiment, interviewThemes } from "@/lib/exit/dashboard/interview-facts";
import type { SentimentName } from "@/lib/exit/dashboard/vocabulary";
import type { ThemeId } from "@/lib/exit/analysis/theme-ids";

export type LabelledInterview = DashboardInterview & { effectiveSentiment: SentimentName | null; effectiveThemes: ThemeId[] };

/** Someone in confidential mode who has consented: from then on, what HR sees of them must not name them. */
export const isAnonymous = (i: Pick<DashboardInterview, "mode" | "status">) => i.mode === "CONFIDENTIAL" && i.status !== "INVITED";

function matchesQuery(interview: DashboardInterview, query: string): boolean {
  const needle = query.toLowerCase();
  return [interview.employeeName, interview.role, interview.department].some((field) => field.toLowerCase().includes(needle));
}

/**
 * The filters the database could not apply: sentiment and theme (which fall back on the answers'
 * labels) and the search, which looks at names and so only ever matches attributed interviews.
 */
export function applyLabelFilters(interviews: readonly DashboardInterview[], filters: ExitFilters): LabelledInterview[] {
  const out: LabelledInterview[] = [];
  for (const interview of interviews) {
    if (filters.query && (interview.mode !== "ATTRIBUTED" || !matchesQuery(interview, filters.query))) continue;
    const labelled = { ...interview, effectiveSentiment: interviewSentiment(interview), effectiveThemes: interviewThemes(interview) };
    if (filters.sentiment && labelled.effectiveSentiment !== filters.sentiment) continue;
    if (filters.theme && !labelled.effectiveThemes.includes(filters.theme)) continue;
    out.push(labelled);
  }
  return out;
}

export type ListRow =
  | { kind: "named"; interview: LabelledInterview }
  | { kind: "anonymous"; id: string; status: LabelledInterview["status"]; reason: string; sentiment: SentimentName | null; themes: ThemeId[] };

export type ListView = { rows: ListRow[]; page: number; pageCount: number; anonymousHidden: boolean };

export const listPageSize = 25;

/**
 * The rows HR may see: attributed interviews and invitations nobody has answered yet by name (nothing
 * was said, and HR manages the link), consented confidential interviews without any identifying field,
 * and those only when at least k of them match, so a filter cannot narrow them down to a few people.
 */
export function visibleRows(interviews: readonly LabelledInterview[], k: number): { rows: ListRow[]; anonymousHidden: boolean } {
  const anonymousCount = interviews.filter(isAnonymous).length;
  const anonymousHidden = anonymousCount > 0 && !enoughPeople(anonymousCount, k);
  const rows: ListRow[] = interviews.filter((i) => !isAnonymous(i)).map((interview) => ({ kind: "named", interview }));
  if (!anonymousHidden) {
    // After the named rows and in an order that says nothing of when each was created: beside its
    // neighbours in time, a confidential row could be matched to the person invited that day.
    const anonymous = interviews
      .filter(isAnonymous)
      .map((i): ListRow => ({ kind: "anonymous", id: i.id, status: i.status, reason: i.reason, sentiment: i.effectiveSentiment, themes: i.effectiveThemes }));
    const key = (row: ListRow) => (row.kind === "anonymous" ? `${row.status} ${row.reason} ${row.sentiment ?? ""} ${row.themes.join(",")}` : "");
    rows.push(...anonymous.sort((a, b) => key(a).localeCompare(key(b))));
  }
  return { rows, anonymousHidden };
}

/** One page of the visible rows. */
export function listView(interviews: readonly LabelledInterview[], k: number, page = 1): ListView {
  const { rows, anonymousHidden } = visibleRows(interviews, k);
  const pageCount = Math.max(1, Math.ceil(rows.length / listPageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  return { rows: rows.slice((current - 1) * listPageSize, current * listPageSize), page: current, pageCount, anonymousHidden };
}
