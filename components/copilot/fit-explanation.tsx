import { fitFormula, type Evidence, type Fit } from "@/lib/fit/fit";

function EvidenceList({ items, empty }: { items: Evidence[]; empty: string }) {
  if (!items.length) return <p className="text-sm text-zinc-600 dark:text-zinc-400">{empty}</p>;
  return (
    <ul className="flex flex-col gap-1 text-sm">
      {items.map((e) => (
        <li key={e.skill}>
          <span className="font-medium">{e.skill}</span>
          {e.cvWording.toLowerCase() !== e.skill.toLowerCase() ? <> (your CV says “{e.cvWording}”)</> : null}
          <span className="block truncate text-xs text-zinc-600 dark:text-zinc-400" title={e.cvLine}>
            From your CV: <q>{e.cvLine}</q>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The fit score with everything behind it: each match with its CV line, what is missing, and the formula. */
export function FitExplanation({ fit }: { fit: Fit }) {
  return (
    <section aria-labelledby="fit" className="flex flex-col gap-4">
      <h2 id="fit" className="text-lg font-semibold">
        Fit: <span data-testid="fit-score">{fit.score === null ? "no score (the posting names no skills we recognise)" : `${fit.score}/100`}</span>
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="mb-1 font-medium">Required skills you show</h3>
          <EvidenceList items={fit.requiredMatched} empty="None." />
        </div>
        <div>
          <h3 className="mb-1 font-medium">Nice-to-have skills you show</h3>
          <EvidenceList items={fit.preferredMatched} empty="None." />
        </div>
        <div>
          <h3 className="mb-1 font-medium">Required skills missing</h3>
          <p className="text-sm">{fit.requiredMissing.join(", ") || "None."}</p>
        </div>
        <div>
          <h3 className="mb-1 font-medium">Nice-to-have skills missing</h3>
          <p className="text-sm">{fit.preferredMissing.join(", ") || "None."}</p>
        </div>
        {fit.partial.length ? (
          <div className="md:col-span-2">
            <h3 className="mb-1 font-medium">Partial matches (half credit)</h3>
            <ul className="text-sm">
              {fit.partial.map((p) => (
                <li key={p.skill}>
                  {p.skill}: your CV shows {p.cvWording}{" "}
                  <span className="text-xs text-zinc-600 dark:text-zinc-400">
                    (<q>{p.cvLine}</q>)
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">How the score is computed</summary>
        <ul className="mt-2 list-disc pl-5">
          {fitFormula.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
