import Link from "next/link";
import { DataTable } from "@/components/usage/data-table";
import { formatMs, formatWhen } from "@/components/usage/format";
import type { UsageRow } from "@/lib/usage/aggregate";

/** The longest requests of the period, documents linked to their page. */
export function SlowestRequests({ rows, taskLabel }: { rows: UsageRow[]; taskLabel: (task: string) => string }) {
  if (!rows.length) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No requests in this period.</p>;
  return (
    <DataTable
      caption="The slowest requests"
      columns={["Duration", "First token", "What", "Model", "Status", "Who", "When"]}
      rows={rows.map((r) => ({
        key: r.id,
        cells: [
          formatMs(r.durationMs),
          formatMs(r.ttftMs),
          r.kind === "document" ? (
            <Link href={`/history/${r.id}`} className="underline">
              {taskLabel(r.task)}
            </Link>
          ) : (
            "Chat answer"
          ),
          r.model ?? "—",
          r.status.toLowerCase(),
          r.who,
          formatWhen(r.createdAt),
        ],
      }))}
    />
  );
}
