import type { Metadata } from "next";
import Link from "next/link";
import { HistoryList } from "@/components/history/history-list";
import { HistorySearchForm } from "@/components/history/history-search-form";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { documentScopeOf } from "@/lib/auth/document-scope";
import { listGenerationsInScope } from "@/lib/db/queries/generations";
import { historyHref, parseHistorySearch, toHistoryFilters } from "@/lib/history/filters";

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage({ searchParams }: PageProps<"/history">) {
  const user = await getCurrentUser();
  if (!user) return null;
  const search = parseHistorySearch(await searchParams);
  const filtered = Boolean(search.q || search.tool || search.model || search.from || search.to);
  const page = await listGenerationsInScope(await getDb(), { scope: documentScopeOf(user), cursor: search.cursor, filters: toHistoryFilters(search) });
  return (
    <>
      <PageHeader
        title="History"
        description={
          user.organizationId
            ? "Every document written in your organisation, newest first, including stopped and failed ones with the text they had."
            : "Every document you generated, newest first, including stopped and failed ones with the text they had."
        }
      />
      <HistorySearchForm search={search} />
      {page.items.length ? (
        <>
          <HistoryList items={page.items} viewerId={user.id} />
          <nav aria-label="Pages" className="mt-4 flex gap-2">
            {search.cursor ? (
              <Link href={historyHref(search)} className={buttonClass("secondary")}>
                Newest
              </Link>
            ) : null}
            {page.nextCursor ? (
              <Link href={historyHref(search, page.nextCursor)} className={buttonClass("secondary")}>
                Older
              </Link>
            ) : null}
          </nav>
        </>
      ) : filtered ? (
        <div className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
          <p className="font-medium">No documents match this search</p>
          <Link href="/history" className="mt-3 inline-block text-sm font-medium text-brand-600 underline dark:text-brand-100">
            Clear the search
          </Link>
        </div>
      ) : (
        <div className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
          <p className="font-medium">No documents yet</p>
          <Link href="/tools" className="mt-3 inline-block text-sm font-medium text-brand-600 underline dark:text-brand-100">
            Write your first one
          </Link>
        </div>
      )}
    </>
  );
}
