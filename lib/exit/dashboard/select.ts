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

export type ListRow = { kind: "named"; interview: LabelledInterview };

/** `anonymousCount` is how many consented confidential interviews match: null when fewer than k. */
export type ListView = { rows: ListRow[]; page: number; pageCount: number; anonymousCount: number | null };

export const listPageSize = 25;

/**
 * The rows HR may see: attributed interviews, and invitations nobody has answered yet by name (nothing
 * was said, and HR manages the link). A consented confidential interview is never a row of its own:
 * HR knows whom each invitation went to, so any per-interview row, however de-identified, could be
 * put to a name. They are only counted, and only when at least k match.
 */
export function visibleRows(interviews: readonly LabelledInterview[], k: number): { rows: ListRow[]; anonymousCount: number | null } {
  const anonymous = interviews.filter(isAnonymous).length;
  const rows: ListRow[] = interviews.filter((i) => !isAnonymous(i)).map((interview) => ({ kind: "named", interview }));
  return { rows, anonymousCount: anonymous === 0 || enoughPeople(anonymous, k) ? anonymous : null };
}

/** One page of the visible rows. */
export function listView(interviews: readonly LabelledInterview[], k: number, page = 1): ListView {
  const { rows, anonymousCount } = visibleRows(interviews, k);
  const pageCount = Math.max(1, Math.ceil(rows.length / listPageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  return { rows: rows.slice((current - 1) * listPageSize, current * listPageSize), page: current, pageCount, anonymousCount };
}
