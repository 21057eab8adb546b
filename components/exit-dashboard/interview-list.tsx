import Link from "next/link";
import type { ListRow } from "@/lib/exit/dashboard/select";
import { reasonLabels, sentimentWords, statusLabels, themeLabels, type ExitReason } from "@/lib/exit/dashboard/vocabulary";

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

function linkState(i: Extract<ListRow, { kind: "named" }>["interview"], now: Date): string | null {
  if (i.status !== "INVITED" && i.status !== "IN_PROGRESS") return null;
  if (i.linkWithdrawnAt) return "link withdrawn";
  return i.tokenExpiresAt <= now ? "link expired" : `link valid until ${day.format(i.tokenExpiresAt)}`;
}

/** The interviews HR may see, one row each; confidential ones carry nothing that names the person. */
export function InterviewList({ rows, now }: { rows: ListRow[]; now: Date }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Exit interviews</caption>
      <thead className="border-b border-zinc-200 dark:border-zinc-800">
        <tr>
          <th scope="col" className="py-2 pr-4">
            Employee
          </th>
          <th scope="col" className="py-2 pr-4">
            Department
          </th>
          <th scope="col" className="py-2 pr-4">
            Last day
          </th>
          <th scope="col" className="py-2 pr-4">
            Reason
          </th>
          <th scope="col" className="py-2 pr-4">
            Status
          </th>
          <th scope="col" className="py-2">
            Sentiment and themes
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const i = row.interview;
          const link = linkState(i, now);
          return (
            <tr key={i.id} className="border-b border-zinc-100 dark:border-zinc-900">
              <td className="py-2 pr-4">
                <Link href={`/exit-interviews/${i.id}`} className="font-medium text-brand-600 underline dark:text-brand-100">
                  {i.employeeName}
                </Link>
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                  {i.role}
                  {i.mode === "CONFIDENTIAL" ? " · confidential, not started" : ""}
                </span>
              </td>
              <td className="py-2 pr-4">{i.department}</td>
              <td className="py-2 pr-4 whitespace-nowrap">{i.lastDay ? day.format(i.lastDay) : "—"}</td>
              <td className="py-2 pr-4">
                {reasonLabels[i.reason as ExitReason] ?? i.reason}
                {i.regrettable ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">regrettable</span> : null}
              </td>
              <td className="py-2 pr-4">
                {statusLabels[i.status]}
                {link ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">{link}</span> : null}
              </td>
              <td className="py-2">
                {[i.effectiveSentiment ? sentimentWords[i.effectiveSentiment] : null, ...i.effectiveThemes.map((t) => themeLabels[t])]
                  .filter(Boolean)
                  .join(" · ") || "—"}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
