import type { ReactNode } from "react";
import { lowConfidence, type Sourced } from "@/lib/cv/profile";
import { editedSource } from "@/lib/cv/profile-edits";

/**
 * A profile field with where its value came from: the CV line, "Edited by you", or nothing found. Its
 * control is described by `${id}-source`, and by `${id}-error` when there is an error.
 */
export function SourcedField({ id, label, field, error, children }: { id: string; label: string; field: Sourced | null; error?: string; children: ReactNode }) {
  const doubtful = field !== null && field.confidence < lowConfidence;
  return (
    <div
      className={`flex flex-col gap-1 rounded-md p-2 ${doubtful ? "bg-amber-50 ring-1 ring-amber-400 dark:bg-amber-950/40" : ""}`}
      data-low-confidence={doubtful || undefined}
    >
      <label htmlFor={id} className="flex items-center gap-2 text-sm font-medium text-zinc-800 dark:text-zinc-200">
        {label}
        {doubtful ? <span className="rounded bg-amber-200 px-1.5 text-xs text-amber-950">Check this</span> : null}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
      <p id={`${id}-source`} className="truncate text-xs text-zinc-600 dark:text-zinc-400" title={field?.source}>
        {field === null ? (
          "Not found in your CV"
        ) : field.source === editedSource ? (
          editedSource
        ) : (
          <>
            From your CV: <q>{field.source.split("\n")[0]}</q>
          </>
        )}
      </p>
    </div>
  );
}
