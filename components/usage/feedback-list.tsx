import Link from "next/link";
import { DataTable } from "@/components/usage/data-table";
import { formatCount, formatWhen } from "@/components/usage/format";
import type { FeedbackItem } from "@/lib/feedback/recent";

/** The period's ratings: how many of each, then the latest with their reasons. */
export function FeedbackList({ items, up, down, taskLabel }: { items: FeedbackItem[]; up: number; down: number; taskLabel: (task: string) => string }) {
  return (
    <>
      <p className="mb-3 text-sm">
        <span className="font-semibold">{formatCount(up)}</span> thumbs up, <span className="font-semibold">{formatCount(down)}</span> thumbs down.
      </p>
      {items.length ? (
        <DataTable
          caption="Latest ratings"
          columns={["Rating", "Of", "Reason", "Who", "When"]}
          rows={items.map((item) => ({
            key: item.id,
            cells: [
              item.rating === "UP" ? "Thumbs up" : "Thumbs down",
              item.target.kind === "document" ? (
                <Link href={`/history/${item.target.id}`} className="underline">
                  {item.target.title} ({taskLabel(item.target.task)})
                </Link>
              ) : (
                "A chat answer"
              ),
              item.reason ?? "—",
              item.who,
              formatWhen(item.updatedAt),
            ],
          }))}
        />
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No ratings in this period.</p>
      )}
    </>
  );
}
