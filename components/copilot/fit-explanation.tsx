import { fitFormula, type Fit, type JudgedRequirement } from "@/lib/fit/fit";
import { gapsOf, groupedRequirements, requirementsOf, statusLabels } from "@/lib/fit/view";

// The status is said in words; the colour only repeats it.
const statusStyles: Record<JudgedRequirement["status"], string> = {
  met: "border-emerald-600 text-emerald-800 dark:text-emerald-300",
  partial: "border-amber-600 text-amber-800 dark:text-amber-300",
  missing: "border-red-600 text-red-800 dark:text-red-300",
  unknown: "border-zinc-500 text-zinc-700 dark:text-zinc-300",
};

function Requirement({ requirement: r }: { requirement: JudgedRequirement }) {
  return (
    <li className="flex flex-col gap-0.5" data-testid="fit-requirement" data-status={r.status}>
      <span>
        <span className={`mr-2 inline-block rounded border px-1.5 text-xs font-semibold ${statusStyles[r.status]}`}>{statusLabels[r.status]}</span>
        <span className="font-medium">{r.label}</span>
        <span className="text-xs text-zinc-600 dark:text-zinc-400"> ({r.required ? "required" : "nice to have"})</span>
      </span>
      {r.note ? <span className="text-xs">{r.note}</span> : null}
      {r.cvLines.map((line) => (
        <span key={line} className="block truncate text-xs text-zinc-600 dark:text-zinc-400" title={line}>
          From your CV: <q>{line}</q>
        </span>
      ))}
      {r.postingLine && r.postingLine !== r.label ? (
        <span className="block truncate text-xs text-zinc-600 dark:text-zinc-400" title={r.postingLine}>
          From the posting: <q>{r.postingLine}</q>
        </span>
      ) : null}
    </li>
  );
}

/** The fit score with everything behind it: each requirement of the posting, met or not, with its CV and posting lines, and the formula. */
export function FitExplanation({ fit }: { fit: Fit }) {
  const requirements = requirementsOf(fit);
  const missingSkills = gapsOf(requirements).filter((r) => r.kind === "skill" && r.status !== "unknown");
  return (
    <section aria-labelledby="fit" className="flex flex-col gap-4">
      <h2 id="fit" className="text-lg font-semibold">
        Fit: <span data-testid="fit-score">{fit.score === null ? "no score (the posting asks nothing we recognise)" : `${fit.score}/100`}</span>
      </h2>
      {fit.cap ? (
        <p className="text-sm" data-testid="fit-cap">
          Capped at {fit.cap.limit}/100: {fit.cap.reason}
        </p>
      ) : null}
      <div>
        <h3 className="mb-1 font-medium">Required skills missing</h3>
        <p className="text-sm">{missingSkills.map((r) => r.label).join(", ") || "None."}</p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {groupedRequirements(requirements).map((group) => (
          <div key={group.heading} role="group" aria-label={group.heading}>
            <h3 className="mb-1 font-medium">{group.heading}</h3>
            <ul className="flex flex-col gap-2 text-sm">
              {group.items.map((r) => (
                <Requirement key={`${r.kind}-${r.label}-${r.required}`} requirement={r} />
              ))}
            </ul>
          </div>
        ))}
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
