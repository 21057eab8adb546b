import type { Metadata } from "next";
import Link from "next/link";
import { HistoryList } from "@/components/history/history-list";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listGenerationsByUserId } from "@/lib/db/queries/generations";

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage({ searchParams }: PageProps<"/history">) {
  const user = await getCurrentUser();
  if (!user) return null;
  const { cursor } = await searchParams;
  const page = await listGenerationsByUserId(await getDb(), { userId: user.id, cursor: typeof cursor === "string" && /^[a-z0-9]{1,40}$/.test(cursor) ? cursor : undefined });
  return (
    <>
      <PageHeader title="History" description="Every document you generated, newest first, including stopped and failed ones with the text they had." />
      {page.items.length ? (
        <>
          <HistoryList items={page.items} />
          <nav aria-label="Pages" className="mt-4 flex gap-2">
            {cursor ? <Link href="/history" className={buttonClass("secondary")}>Newest</Link> : null}
            {page.nextCursor ? <Link href={`/history?cursor=${page.nextCursor}`} className={buttonClass("secondary")}>Older</Link> : null}
          </nav>
        </>
      ) : (
        <div className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
          <p className="font-medium">No documents yet</p>
          <Link href="/tools" className="mt-3 inline-block text-sm font-medium text-brand-600 underline dark:text-brand-100">Write your first one</Link>
        </div>
      )}
    </>
  );
}
