"use client";

import { useState, useTransition } from "react";
import { decideChange } from "@/app/(app)/copilot/applications/actions";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { Change } from "@/lib/tailor/types";

function Lines({ lines, tone }: { lines: Change["original"]; tone: "before" | "after" }) {
  if (!lines.length) return <p className="text-xs text-zinc-600 dark:text-zinc-400">(nothing)</p>;
  return (
    <ul className={`flex flex-col gap-1 text-sm ${tone === "before" ? "text-zinc-600 dark:text-zinc-400" : ""}`}>
      {lines.map((line, i) => (
        <li key={i} title={`From your CV: ${line.source}`}>
          {line.text}
        </li>
      ))}
    </ul>
  );
}

/** Each proposed change, your CV beside the proposal; accepted unless rejected. Hover a line for its source. */
export function ChangeReview({ applicationId, changes, rejected }: { applicationId: string; changes: Change[]; rejected: string[] }) {
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  const decide = (changeId: string, accept: boolean) =>
    startTransition(async () => {
      const result = await decideChange({ id: applicationId, changeId, accept });
      setMessage(result.ok ? undefined : result.message);
    });
  if (!changes.length) return <p className="text-sm">No change proposed: your CV already leads with what this job asks for.</p>;
  return (
    <div className="flex flex-col gap-3">
      {changes.map((change) => {
        const accepted = !rejected.includes(change.id);
        return (
          <div key={change.id} role="group" aria-label={change.label} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
            <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
              <p className="text-sm font-medium">{change.label}</p>
              <span className="flex items-center gap-2">
                <span className="text-xs">{accepted ? "Accepted" : "Rejected: your CV's version is used"}</span>
                <Button variant={accepted ? "secondary" : "primary"} disabled={pending} onClick={() => decide(change.id, !accepted)}>
                  {accepted ? "Reject" : "Accept"}
                </Button>
              </span>
            </div>
            <div className="grid gap-3 md:grid-cols-2">
              <div>
                <p className="mb-1 text-xs font-medium uppercase">Your CV</p>
                <Lines lines={change.original} tone="before" />
              </div>
              <div>
                <p className="mb-1 text-xs font-medium uppercase">Proposed</p>
                <Lines lines={change.proposed} tone="after" />
              </div>
            </div>
          </div>
        );
      })}
      <FormStatus message={message} />
    </div>
  );
}
