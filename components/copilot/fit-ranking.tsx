import Link from "next/link";
import { StartApplicationButton } from "@/components/copilot/start-application-button";
import type { Fit } from "@/lib/fit/fit";
import { gapsOf, requirementsOf, statusLabels } from "@/lib/fit/view";

export type RankedRow = { cvId: string; jobId: string; name: string; href: string; fit: Fit };

/** CVs against one job, or one CV against several jobs, side by side, best fit first, with every required thing not fully shown. */
export function FitRanking({ rows, caption }: { rows: RankedRow[]; caption: string }) {
  const sorted = [...rows].sort((a, b) => (b.fit.score ?? -1) - (a.fit.score ?? -1));
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-2 text-left text-lg font-semibold">{caption}</caption>
      <thead className="border-b border-zinc-200 dark:border-zinc-800">
        <tr>
          <th scope="col" className="py-2 pr-3">
            For
          </th>
          <th scope="col" className="py-2 pr-3">
            Fit
          </th>
          <th scope="col" className="py-2 pr-3">
            Required skills you show
          </th>
          <th scope="col" className="py-2 pr-3">
            Gaps
          </th>
          <th scope="col" className="py-2">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={`${row.cvId}-${row.jobId}`} className="border-b border-zinc-100 align-top dark:border-zinc-900">
            <th scope="row" className="py-2 pr-3 font-medium">
              <Link href={row.href} className="underline-offset-2 hover:underline">
                {row.name}
              </Link>
            </th>
            <td className="py-2 pr-3 tabular-nums">{row.fit.score === null ? "—" : `${row.fit.score}/100`}</td>
            <td className="py-2 pr-3">{row.fit.requiredMatched.map((m) => m.skill).join(", ") || "none"}</td>
            <td className="py-2 pr-3">
              {gapsOf(requirementsOf(row.fit))
                .map((gap) => `${gap.label} (${statusLabels[gap.status].toLowerCase()})`)
                .join(", ") || "none"}
            </td>
            <td className="py-2 text-right">
              <StartApplicationButton cvId={row.cvId} jobId={row.jobId} label={`Tailor ${row.name}`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
