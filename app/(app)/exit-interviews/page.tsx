import type { Metadata } from "next";
import Link from "next/link";
import { DashboardCharts } from "@/components/exit-dashboard/dashboard-charts";
import { ExitFiltersForm } from "@/components/exit-dashboard/filters-form";
import { HrOnly } from "@/components/exit-dashboard/hr-only";
import { InterviewList } from "@/components/exit-dashboard/interview-list";
import { ExitSettingsForm } from "@/components/exit-dashboard/settings-form";
import { ThemeQuotes } from "@/components/exit-dashboard/theme-quotes";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { exitDashboardHref, exitSearchQuery, isFiltered, parseExitSearch } from "@/lib/exit/dashboard/filters";
import { loadDashboard } from "@/lib/exit/dashboard/load";
import { listView } from "@/lib/exit/dashboard/select";
import { themeLabels } from "@/lib/exit/dashboard/vocabulary";

export const metadata: Metadata = { title: "Exit interviews" };

export default async function ExitInterviewsPage({ searchParams }: PageProps<"/exit-interviews">) {
  const user = await getCurrentUser();
  if (!user || user.role === "CANDIDATE" || !user.organizationId) return <HrOnly title="Exit interviews" />;
  const search = parseExitSearch(await searchParams);
  const { settings, labelled, data, departments, quotes } = await loadDashboard(await getDb(), { orgId: user.organizationId, search });
  const view = listView(labelled, settings.exitMinGroupSize, search.page);
  const k = settings.exitMinGroupSize;
  const exportQuery = exitSearchQuery(search);

  return (
    <>
      <PageHeader
        title="Exit interviews"
        description={`Invite departing employees to an interview, and read what they said as themes, sentiment and totals. No number, chart or list here describes fewer than ${k} people.`}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/exit-interviews/new" className={buttonClass()}>
              New exit interview
            </Link>
            <a href={`/api/exit-interviews/export${exportQuery ? `?${exportQuery}` : ""}`} className={buttonClass("secondary")} download>
              Export CSV
            </a>
          </div>
        }
      />
      <ExitFiltersForm search={search} departments={departments} />
      <section aria-labelledby="charts" className="mb-8">
        <h2 id="charts" className="mb-3 text-lg font-semibold">
          Overview
        </h2>
        <DashboardCharts data={data} />
      </section>
      {search.theme ? <ThemeQuotes theme={themeLabels[search.theme]} quotes={quotes ?? null} k={settings.exitMinCommentGroupSize} /> : null}
      <section aria-labelledby="list" className="mb-8">
        <h2 id="list" className="mb-3 text-lg font-semibold">
          Interviews
        </h2>
        {view.anonymousCount === null ? (
          <p role="note" className="mb-3 rounded-md bg-zinc-100 p-3 text-sm dark:bg-zinc-900">
            Fewer than {k} confidential interviews match, so none of them is listed, and no totals are shown above.
          </p>
        ) : view.anonymousCount > 0 ? (
          <p role="note" className="mb-3 rounded-md bg-zinc-100 p-3 text-sm dark:bg-zinc-900">
            {view.anonymousCount} confidential interviews match. They count in the totals and quotes above, and are never listed one by one.
          </p>
        ) : null}
        {view.rows.length ? (
          <>
            <InterviewList rows={view.rows} now={new Date()} />
            {view.pageCount > 1 ? (
              <nav aria-label="Pages" className="mt-4 flex items-center gap-2">
                {view.page > 1 ? (
                  <Link href={exitDashboardHref(search, view.page - 1)} className={buttonClass("secondary")}>
                    Previous
                  </Link>
                ) : null}
                <span className="text-sm">
                  Page {view.page} of {view.pageCount}
                </span>
                {view.page < view.pageCount ? (
                  <Link href={exitDashboardHref(search, view.page + 1)} className={buttonClass("secondary")}>
                    Next
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </>
        ) : (
          <div className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
            <p className="font-medium">{isFiltered(search) ? "No interviews to list for these filters" : "No exit interviews yet"}</p>
            <Link
              href={isFiltered(search) ? "/exit-interviews" : "/exit-interviews/new"}
              className="mt-3 inline-block text-sm font-medium text-brand-600 underline dark:text-brand-100"
            >
              {isFiltered(search) ? "Clear the filters" : "Create the first one"}
            </Link>
          </div>
        )}
      </section>
      {user.role === "ADMIN" ? (
        <section aria-labelledby="settings" className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <h2 id="settings" className="mb-3 text-lg font-semibold">
            Anonymity and retention
          </h2>
          <ExitSettingsForm settings={settings} />
        </section>
      ) : null}
    </>
  );
}
