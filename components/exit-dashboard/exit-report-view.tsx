import type { ExitReport } from "@/lib/exit/dashboard/report";

const notices: Record<Exclude<ExitReport["summaryState"], "done">, string> = {
  pending: "The summary is being prepared. Reload the page in a minute.",
  failed: "The summary could not be prepared. The answers below are unaffected.",
  not_started: "The summary is written once the interview is finished.",
  withdrawn: "The employee withdrew their consent: nothing they said was kept.",
};

/** One interview on the page: the same content as its PDF report. */
export function ExitReportView({ report }: { report: ExitReport }) {
  return (
    <div className="flex flex-col gap-8">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        {report.facts.map((f) => (
          <div key={f.label} className="contents">
            <dt className="font-medium text-zinc-600 dark:text-zinc-400">{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="summary">
        <h2 id="summary" className="mb-3 text-lg font-semibold">
          Summary
        </h2>
        {report.summaryState === "done" ? (
          <div className="flex flex-col gap-4 text-sm">
            {report.sentiment || report.themes.length ? (
              <p>
                {report.sentiment ? `Overall sentiment: ${report.sentiment}.` : ""} {report.themes.length ? `Themes: ${report.themes.join(", ")}.` : ""}
              </p>
            ) : null}
            {report.sections.map((s) => (
              <div key={s.heading}>
                <h3 className="font-semibold">{s.heading}</h3>
                {s.items.length ? (
                  <ul className="mt-1 list-disc pl-6">
                    {s.items.map((item, i) => (
                      <li key={i}>{item}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-zinc-600 dark:text-zinc-400">Nothing said.</p>
                )}
              </div>
            ))}
          </div>
        ) : (
          <p role="status" className="rounded-md bg-zinc-100 p-3 text-sm dark:bg-zinc-900">
            {notices[report.summaryState]}
          </p>
        )}
      </section>

      {report.quotes.length ? (
        <section aria-labelledby="quotes">
          <h2 id="quotes" className="mb-3 text-lg font-semibold">
            In their words
          </h2>
          <p className="mb-2 text-xs text-zinc-600 dark:text-zinc-400">Each quote was checked word for word against the answers.</p>
          <ul className="flex flex-col gap-2">
            {report.quotes.map((q) => (
              <li key={q}>
                <blockquote className="border-l-2 border-zinc-300 pl-3 text-sm dark:border-zinc-700">{q}</blockquote>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {report.purged ? <p className="text-sm">The answers were deleted at the end of the retention period; only the totals remain.</p> : null}

      {report.transcript?.length ? (
        <section aria-labelledby="transcript">
          <h2 id="transcript" className="mb-3 text-lg font-semibold">
            Transcript
          </h2>
          <ol className="flex flex-col gap-4">
            {report.transcript.map((entry) => (
              <li key={entry.seq} className="rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800">
                <p className="text-xs font-medium text-zinc-600 dark:text-zinc-400">
                  {entry.area}
                  {entry.followUp ? " · follow-up" : ""}
                </p>
                <p className="font-medium">{entry.question}</p>
                <p className="mt-1 whitespace-pre-wrap">{entry.answer ?? <em>Skipped</em>}</p>
                {entry.sentiment || entry.themes.length ? (
                  <div className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">
                    {entry.sentiment ? <span>Sentiment: {entry.sentiment}</span> : null}
                    {entry.themes.length ? <span> · Themes: {entry.themes.join(", ")}</span> : null}
                    {entry.drivers.length ? (
                      <details className="mt-1">
                        <summary className="cursor-pointer">Sentences behind the sentiment</summary>
                        <ul className="mt-1 list-disc pl-5">
                          {entry.drivers.map((d) => (
                            <li key={d}>{d}</li>
                          ))}
                        </ul>
                      </details>
                    ) : null}
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
