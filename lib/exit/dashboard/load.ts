import "server-only";
import { getExitSettings, listAnswersOnTheme, listExitDepartments, listInterviewsForDashboard } from "@/lib/db/queries/exit-dashboard";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { aggregateDashboard } from "@/lib/exit/dashboard/aggregate";
import { toExitFilters, type ExitSearch } from "@/lib/exit/dashboard/filters";
import { themeQuotes } from "@/lib/exit/dashboard/quotes";
import { applyLabelFilters, isAnonymous } from "@/lib/exit/dashboard/select";

/** Everything the dashboard and its CSV export show for one search, with the anonymity rules applied. */
export async function loadDashboard(db: PrismaClient, { orgId, search }: { orgId: string; search: ExitSearch }) {
  const filters = toExitFilters(search);
  const [settings, interviews, departments] = await Promise.all([
    getExitSettings(db, { orgId }),
    listInterviewsForDashboard(db, { orgId, filters }),
    listExitDepartments(db, { orgId }),
  ]);
  const labelled = applyLabelFilters(interviews, filters);
  const data = aggregateDashboard(labelled, settings.exitMinGroupSize);
  const anonymousIds = new Set(labelled.filter(isAnonymous).map((i) => i.id));
  const quotes = search.theme
    ? themeQuotes(
        (await listAnswersOnTheme(db, { orgId, interviewIds: labelled.map((i) => i.id), theme: search.theme })).map((a) => ({
          ...a,
          anonymous: anonymousIds.has(a.interviewId),
        })),
        settings.exitMinCommentGroupSize,
      )
    : undefined;
  return { settings, labelled, data, departments, quotes };
}
