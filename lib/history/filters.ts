import { z } from "zod";
import type { HistoryFilters } from "@/lib/db/queries/generations";
import { textLimits } from "@/lib/security/text-limits";
import { toolSlugs } from "@/lib/tools/registry";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The history page's query string, validated. Anything malformed is dropped rather than failing the page. */
export const historySearchSchema = z.object({
  q: z.string().trim().max(textLimits.searchQuery).optional().catch(undefined),
  tool: z.enum(toolSlugs).optional().catch(undefined),
  model: z
    .string()
    .regex(/^(groq|ollama|offline)(:[\w.\-:/]{1,100})?$/)
    .optional()
    .catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  cursor: z
    .string()
    .max(200)
    .regex(/^[\w-]+$/)
    .optional()
    .catch(undefined),
});

export type HistorySearch = z.infer<typeof historySearchSchema>;

export function parseHistorySearch(params: Record<string, string | string[] | undefined>): HistorySearch {
  const single = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  return historySearchSchema.parse(single);
}

export function toHistoryFilters(search: HistorySearch): HistoryFilters {
  const to = search.to ? new Date(`${search.to}T00:00:00Z`) : undefined;
  to?.setUTCDate(to.getUTCDate() + 1); // "to" includes the whole day
  return { query: search.q, task: search.tool, model: search.model, from: search.from ? new Date(`${search.from}T00:00:00Z`) : undefined, to };
}

/** The same search with another cursor, as a query string. */
export function historyHref(search: HistorySearch, cursor?: string): string {
  const params = new URLSearchParams();
  for (const key of ["q", "tool", "model", "from", "to"] as const) if (search[key]) params.set(key, search[key] as string);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `/history?${query}` : "/history";
}
