"use client";

import { useState } from "react";
import { DocumentActions } from "@/components/documents/document-actions";
import { MarkdownView } from "@/components/documents/markdown-view";
import type { RoundTripField } from "@/lib/tailor/round-trip";
import { routeErrorMessage } from "@/lib/observability/reference";

/** The tailored CV as it will be exported, with the round-trip check run on every PDF made. */
export function TailoredCvPanel({ applicationId, markdown, title }: { applicationId: string; markdown: string; title: string }) {
  const [check, setCheck] = useState<{ fields?: RoundTripField[]; warnings?: string[]; error?: string; running?: boolean }>();
  const roundTrip = async (pdf: Blob) => {
    setCheck({ running: true });
    try {
      const response = await fetch(`/api/applications/${applicationId}/roundtrip`, {
        method: "POST",
        body: pdf,
        headers: { "content-type": "application/pdf" },
      });
      const answer = (await response.json()) as { fields?: RoundTripField[]; warnings?: string[]; error?: { message: string } };
      setCheck(response.ok ? { fields: answer.fields, warnings: answer.warnings } : { error: routeErrorMessage(answer, "The check could not run.") });
    } catch {
      setCheck({ error: "The check could not run. The PDF itself was downloaded." });
    }
  };
  const lost = check?.fields?.filter((f) => !f.survived) ?? [];
  return (
    <div className="flex flex-col gap-3">
      <DocumentActions text={markdown} title={title} kicker="CV" subtitle="" footer="" template="document" onPdf={roundTrip} />
      <div role="status" aria-live="polite" aria-label="Round-trip check" className="text-sm">
        {check?.running ? "Reading the PDF back…" : null}
        {check?.error ? <p className="text-red-700 dark:text-red-400">{check.error}</p> : null}
        {check?.warnings?.length ? (
          <ul aria-label="Round-trip warnings" className="mb-2 list-disc pl-5 font-medium text-red-700 dark:text-red-400">
            {check.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        ) : null}
        {check?.fields ? (
          lost.length === 0 ? (
            <p className="text-green-800 dark:text-green-300">Round-trip check: all {check.fields.length} fields were read back from the PDF.</p>
          ) : (
            <div>
              <p>
                Round-trip check: {check.fields.length - lost.length} of {check.fields.length} fields were read back. Not found again:
              </p>
              <ul className="list-disc pl-5">
                {lost.map((f) => (
                  <li key={f.field}>
                    {f.field}: {f.expected}
                  </li>
                ))}
              </ul>
            </div>
          )
        ) : null}
      </div>
      <article aria-label="Tailored CV" className="rounded-lg border border-zinc-200 p-6 dark:border-zinc-800">
        <MarkdownView text={markdown} />
      </article>
    </div>
  );
}
