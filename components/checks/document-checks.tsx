"use client";

import { useMemo } from "react";
import { genderBalance } from "@/lib/checks/inclusive-language";
import { checkNames, runChecks } from "@/lib/checks/run-checks";
import type { CheckId, Finding } from "@/lib/checks/types";

function Snippet({ text, finding }: { text: string; finding: Finding }) {
  if (!finding.quote) return null;
  const before = text.slice(Math.max(0, finding.start - 40), finding.start).replace(/^\S*\s/, "");
  const after = text.slice(finding.end, finding.end + 40).replace(/\s\S*$/, "");
  return (
    <q className="block text-xs text-zinc-700 dark:text-zinc-300">
      …{before}
      <mark className="rounded bg-amber-200 px-0.5 text-zinc-950">{text.slice(finding.start, finding.end)}</mark>
      {after}…
    </q>
  );
}

/** The tool's checks on the document, each finding quoting the words it is about. */
export function DocumentChecks({ checks, text, brief }: { checks: readonly CheckId[]; text: string; brief: Record<string, unknown> }) {
  const results = useMemo(() => runChecks(checks, { text, brief }), [checks, text, brief]);
  if (!checks.length) return null;
  return (
    <section aria-labelledby="checks-heading" className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h2 id="checks-heading" className="mb-3 text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
        Document checks
      </h2>
      <div className="flex flex-col gap-4">
        {checks.map((id) => {
          const findings = results[id];
          const balance = id === "inclusive-language" ? genderBalance(findings) : null;
          return (
            <div key={id}>
              <h3 className="text-sm font-semibold">
                {checkNames[id]}{" "}
                <span className={findings.length ? "text-amber-800 dark:text-amber-300" : "text-green-800 dark:text-green-300"}>
                  {findings.length ? `${findings.length} to review` : "nothing found"}
                </span>
              </h3>
              {balance && (balance.masculine || balance.feminine) ? (
                <p className="text-xs text-zinc-600 dark:text-zinc-400">
                  Gender-coded words: {balance.masculine} masculine, {balance.feminine} feminine — the wording {balance.verdict}.
                </p>
              ) : null}
              {findings.length ? (
                <ul className="mt-2 flex flex-col gap-2">
                  {findings.map((f) => (
                    <li key={`${f.kind}-${f.start}`} className="rounded-md bg-zinc-50 p-2 text-sm dark:bg-zinc-900">
                      <p>{f.message}</p>
                      <Snippet text={text} finding={f} />
                      {f.suggestion ? <p className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">{f.suggestion}</p> : null}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          );
        })}
      </div>
    </section>
  );
}
