import type { ReactNode } from "react";

export type TableRow = { label: string; values: string[] };

/**
 * A chart with its numbers: the chart is one picture with a spoken summary, and the same numbers sit
 * under it in a table, for screen readers, for keyboards and for anyone who wants exact figures.
 */
export function ChartFrame({
  id,
  title,
  summary,
  columns,
  rows,
  note,
  children,
}: {
  id: string;
  title: string;
  summary: string;
  columns: string[];
  rows: TableRow[];
  note?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="flex min-w-0 flex-col gap-2 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h3 id={`${id}-title`} className="font-semibold">
        {title}
      </h3>
      {rows.length ? (
        <>
          <figure role="img" aria-label={summary} className="h-56 w-full text-zinc-700 dark:text-zinc-300">
            {children}
          </figure>
          <details>
            <summary className="cursor-pointer text-sm text-brand-600 dark:text-brand-100">Data table: {title}</summary>
            <table className="mt-2 w-full text-left text-sm">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr className="border-b border-zinc-200 dark:border-zinc-800">
                  {columns.map((c) => (
                    <th key={c} scope="col" className="py-1 pr-3">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.label} className="border-b border-zinc-100 dark:border-zinc-900">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {row.label}
                    </th>
                    {row.values.map((v, i) => (
                      <td key={i} className="py-1 pr-3 tabular-nums">
                        {v}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No data yet.</p>
      )}
      {note ? <p className="text-xs text-zinc-600 dark:text-zinc-400">{note}</p> : null}
    </section>
  );
}
