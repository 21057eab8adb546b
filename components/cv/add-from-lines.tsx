"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { addCvProfileLines } from "@/app/(app)/copilot/cvs/actions";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { addLinesLimit } from "@/lib/cv/profile-edits";

type Line = { index: number; text: string; inProfile: boolean };

/**
 * "Missing something?": the CV's lines, numbered, to select and add to a job as one bullet or as a new
 * job. Nothing is typed, so what is added is the CV's own wording, with those lines as its source.
 */
export function AddFromLines({ id, lines, jobs }: { id: string; lines: Line[]; jobs: string[] }) {
  const router = useRouter();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [target, setTarget] = useState(jobs.length ? "0" : "new");
  const [onlyMissing, setOnlyMissing] = useState(false);
  const [status, setStatus] = useState<{ message: string; tone: "error" | "success" }>();
  const [pending, startTransition] = useTransition();
  const shown = onlyMissing ? lines.filter((l) => !l.inProfile || selected.has(l.index)) : lines;
  const toggle = (index: number, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(index);
      else next.delete(index);
      return next;
    });
  // A job removed by another change leaves the choice pointing nowhere: fall back to a new job.
  const to = target !== "new" && Number(target) < jobs.length ? Number(target) : "new";

  return (
    <details className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
      <summary className="cursor-pointer text-lg font-semibold">Missing something? Add it from your CV</summary>
      <form
        method="post"
        aria-label="Add from your CV"
        className="mt-3 flex flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          const chosen = [...selected].sort((a, b) => a - b);
          const refusal = !chosen.length
            ? "Select at least one line of your CV."
            : chosen.length > addLinesLimit
              ? `Select at most ${addLinesLimit} lines at a time.`
              : null;
          if (refusal) {
            setStatus({ message: refusal, tone: "error" });
            return;
          }
          startTransition(async () => {
            const result = await addCvProfileLines({ id, lines: chosen, to });
            if (result.ok) {
              setSelected(new Set());
              setStatus({ message: to === "new" ? "Added as a new job." : `Added as a bullet to job ${to + 1}.`, tone: "success" });
              router.refresh();
            } else {
              const fieldMessage = result.fieldErrors ? Object.values(result.fieldErrors).flat()[0] : undefined;
              setStatus({ message: fieldMessage ?? result.message, tone: "error" });
            }
          });
        }}
      >
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Select the lines the profile missed, then choose where they go. Lines added to a job become one bullet; a new job takes its title from the first line
          and its dates from the lines, if they have any.
        </p>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={onlyMissing} onChange={(e) => setOnlyMissing(e.target.checked)} />
          Show only lines not in your profile
        </label>
        <fieldset>
          <legend className="mb-1 text-sm font-medium">Lines of your CV ({selected.size} selected)</legend>
          <ol className="max-h-96 overflow-auto rounded-md border border-zinc-200 p-1 text-sm dark:border-zinc-800">
            {shown.map((line) => (
              <li key={line.index}>
                <label className="flex items-start gap-2 rounded px-1 py-0.5 hover:bg-zinc-100 has-[:checked]:bg-brand-50 dark:hover:bg-zinc-800 dark:has-[:checked]:bg-zinc-800">
                  <input type="checkbox" className="mt-1" checked={selected.has(line.index)} onChange={(e) => toggle(line.index, e.target.checked)} />
                  <span className="w-8 shrink-0 text-right text-xs tabular-nums text-zinc-600 dark:text-zinc-400">
                    <span className="sr-only">Line </span>
                    {line.index + 1}
                  </span>
                  <span className={`min-w-0 break-words ${line.inProfile ? "text-zinc-600 dark:text-zinc-400" : ""}`}>{line.text}</span>
                </label>
              </li>
            ))}
          </ol>
        </fieldset>
        <div className="flex flex-wrap items-end gap-2">
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <label htmlFor="add-lines-to" className="text-sm font-medium">
              Where the selected lines go
            </label>
            <select id="add-lines-to" className={controlClass} value={to === "new" ? "new" : String(to)} onChange={(e) => setTarget(e.target.value)}>
              {jobs.map((job, i) => (
                <option key={i} value={String(i)}>
                  Add as bullet to {job}
                </option>
              ))}
              <option value="new">Add as new job</option>
            </select>
          </div>
          <Button type="submit" disabled={pending}>
            {pending ? "Adding…" : selected.size ? `Add ${selected.size} line${selected.size === 1 ? "" : "s"}` : "Add lines"}
          </Button>
        </div>
        <FormStatus message={status?.message} tone={status?.tone} />
      </form>
    </details>
  );
}
