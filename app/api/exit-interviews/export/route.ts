import { getDb } from "@/lib/db/client";
import { exitDashboardCsv } from "@/lib/exit/dashboard/csv";
import { parseExitSearch } from "@/lib/exit/dashboard/filters";
import { loadDashboard } from "@/lib/exit/dashboard/load";
import { visibleRows } from "@/lib/exit/dashboard/select";
import { AppError } from "@/lib/errors";
import { authedRoute } from "@/lib/security/authed-route";

/**
 * The dashboard's list and charts for the same filters, as CSV: the same anonymity rules as the page
 * (confidential interviews without names or emails, and none of them below k), and no cell that a
 * spreadsheet would run as a formula.
 */
export const GET = authedRoute(
  async (request, user) => {
    if (!user.organizationId) throw new AppError("forbidden:auth", "Exit interviews belong to an organisation, and you are not in one.");
    const search = parseExitSearch(Object.fromEntries(new URL(request.url).searchParams));
    const { settings, labelled, data } = await loadDashboard(await getDb(), { orgId: user.organizationId, search });
    const csv = exitDashboardCsv({ ...visibleRows(labelled, settings.exitMinGroupSize), data });
    // A byte-order mark, so spreadsheet programs read the names' accents as UTF-8.
    return new Response(`\ufeff${csv}`, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="exit-interviews-${new Date().toISOString().slice(0, 10)}.csv"`,
        "cache-control": "no-store",
      },
    });
  },
  { roles: ["HR", "ADMIN"] },
);
