import Link from "next/link";
import { authorLabel } from "@/components/history/author-label";
import { modelLabel } from "@/components/ai/model-label";
import { StatusBadge } from "@/components/history/status-badge";
import type { DocumentAuthor } from "@/lib/db/queries/generations";
import { getTool, isToolSlug } from "@/lib/tools/registry";

export type HistoryItem = { id: string; task: string; title: string; status: string; model: string | null; createdAt: Date; author: DocumentAuthor };

const authorLine = (author: DocumentAuthor, viewerId: string) => {
  const label = authorLabel(author, viewerId);
  return label ? `by ${label} · ` : "";
};

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Lists documents; colleagues' documents name their author (or a former member), the viewer's own do not. */
export function HistoryList({ items, viewerId }: { items: HistoryItem[]; viewerId: string }) {
  return (
    <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {items.map((item) => (
        <li key={item.id}>
          <Link href={`/history/${item.id}`} className="flex flex-wrap items-center justify-between gap-2 p-4 hover:bg-zinc-50 dark:hover:bg-zinc-900">
            <span className="min-w-0">
              <span className="block truncate font-medium">{item.title}</span>
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                {isToolSlug(item.task) ? getTool(item.task).name : item.task} · {authorLine(item.author, viewerId)}
                {modelLabel(item.model)} · <time dateTime={item.createdAt.toISOString()}>{dateFormat.format(item.createdAt)} UTC</time>
              </span>
            </span>
            <StatusBadge status={item.status} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
