import type { Metadata } from "next";
import Link from "next/link";
import { HistoryList } from "@/components/history/history-list";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { documentScopeOf } from "@/lib/auth/document-scope";
import { listGenerationsInScope } from "@/lib/db/queries/generations";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await getCurrentUser();
  if (!user) return null;
  const { items } = await listGenerationsInScope(await getDb(), { scope: documentScopeOf(user), limit: 5 });
  return (
    <>
      <PageHeader
        title={`Welcome${user.name ? `, ${user.name}` : ""}`}
        description="Write hiring documents with the model you choose, or with the built-in offline engine."
        actions={
          <Link href="/tools/job-description" className={buttonClass()}>
            New job description
          </Link>
        }
      />
      <section aria-labelledby="recent">
        <h2 id="recent" className="mb-3 text-lg font-semibold">
          Recent documents
        </h2>
        {items.length ? (
          <HistoryList items={items} viewerId={user.id} />
        ) : (
          <p className="rounded-lg border border-dashed border-zinc-300 p-6 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
            Nothing yet. Your documents appear here as soon as you generate one.
          </p>
        )}
      </section>
    </>
  );
}
