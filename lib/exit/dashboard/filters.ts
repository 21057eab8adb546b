import { z } from "zod";
import { themeIds, type ThemeId } from "@/lib/exit/analysis/theme-ids";
import { fieldLimits, textLimits } from "@/lib/security/text-limits";
import { exitReasons, exitStatuses, sentimentLabels, type ExitReason, type ExitStatusName, type SentimentName } from "@/lib/exit/dashboard/vocabulary";

/**
 * A month as YYYY-MM. A full date is cut to its month: the same filters narrow the charts, and a
 * range of days could hold just one confidential person's last day.
 */
const month = z
  .string()
  .regex(/^\d{4}-\d{2}(?:-\d{2})?$/)
  .transform((text) => text.slice(0, 7))
  .pipe(z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/));

/** The dashboard's query string, validated. Anything malformed is dropped rather than failing the page. */
export const exitSearchSchema = z.object({
  status: z.enum(exitStatuses).optional().catch(undefined),
  department: z.string().trim().max(fieldLimits.name).optional().catch(undefined),
  from: month.optional().catch(undefined),
  to: month.optional().catch(undefined),
  reason: z.enum(exitReasons).optional().catch(undefined),
  sentiment: z.enum(sentimentLabels).optional().catch(undefined),
  theme: z.enum(themeIds).optional().catch(undefined),
  q: z.string().trim().max(textLimits.searchQuery).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export type ExitSearch = z.infer<typeof exitSearchSchema>;

/** What the database query filters on: the last day runs from the first of `from`'s month to the end of `to`'s. */
export type ExitFilters = {
  status?: ExitStatusName;
  department?: string;
  lastDayFrom?: Date;
  lastDayBefore?: Date;
  reason?: ExitReason;
  sentiment?: SentimentName;
  theme?: ThemeId;
  query?: string;
};

export function parseExitSearch(params: Record<string, string | string[] | undefined>): ExitSearch {
  const single = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  return exitSearchSchema.parse(single);
}

export function toExitFilters(search: ExitSearch): ExitFilters {
  const before = search.to ? new Date(`${search.to}-01T00:00:00Z`) : undefined;
  before?.setUTCMonth(before.getUTCMonth() + 1); // "to" includes the whole month
  return {
    status: search.status,
    department: search.department || undefined,
    lastDayFrom: search.from ? new Date(`${search.from}-01T00:00:00Z`) : undefined,
    lastDayBefore: before,
    reason: search.reason,
    sentiment: search.sentiment,
    theme: search.theme,
    query: search.q || undefined,
  };
}

export const isFiltered = (search: ExitSearch) =>
  Boolean(search.status || search.department || search.from || search.to || search.reason || search.sentiment || search.theme || search.q);

const filterKeys = ["status", "department", "from", "to", "reason", "sentiment", "theme", "q"] as const;

/** The same search on another page (or as the CSV export's query), as a query string. */
export function exitSearchQuery(search: ExitSearch, page?: number): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) if (search[key]) params.set(key, String(search[key]));
  if (page && page > 1) params.set("page", String(page));
  return params.toString();
}

export function exitDashboardHref(search: ExitSearch, page?: number): string {
  const query = exitSearchQuery(search, page);
  return query ? `/exit-interviews?${query}` : "/exit-interviews";
}
