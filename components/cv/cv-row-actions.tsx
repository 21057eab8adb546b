"use client";

import { useState, useTransition } from "react";
import { deleteCv, renameCv } from "@/app/(app)/copilot/actions";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

/** Rename in place, or delete after a confirmation. */
export function CvRowActions({ id, name }: { id: string; name: string }) {
  const [mode, setMode] = useState<"idle" | "rename" | "delete">("idle");
  const [draft, setDraft] = useState(name);
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<{ ok: boolean; message?: string }>) =>
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? undefined : result.message);
      if (result.ok) setMode("idle");
    });

  return (
    <div className="flex flex-wrap items-center gap-2">
      {mode === "rename" ? (
        <form method="post" className="flex items-center gap-2" onSubmit={(e) => {
          e.preventDefault();
          run(() => renameCv({ id, name: draft }));
        }}>
          <input aria-label={`New name for ${name}`} className={`${controlClass} w-56`} value={draft} onChange={(e) => setDraft(e.target.value)} />
          <Button type="submit" disabled={pending}>Save</Button>
          <Button variant="secondary" onClick={() => setMode("idle")}>Cancel</Button>
        </form>
      ) : mode === "delete" ? (
        <span role="group" aria-label={`Confirm deleting ${name}`} className="flex items-center gap-2">
          <span className="text-sm">Delete this CV and its file?</span>
          <Button variant="danger" disabled={pending} onClick={() => run(() => deleteCv({ id }))}>{pending ? "Deleting…" : "Yes, delete"}</Button>
          <Button variant="secondary" onClick={() => setMode("idle")}>Keep it</Button>
        </span>
      ) : (
        <>
          <Button variant="ghost" aria-label={`Rename ${name}`} onClick={() => setMode("rename")}>Rename</Button>
          <Button variant="ghost" aria-label={`Delete ${name}`} onClick={() => setMode("delete")}>Delete</Button>
        </>
      )}
      <FormStatus message={message} />
    </div>
  );
}
