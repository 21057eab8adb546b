"use client";

import { useState, useTransition } from "react";
import { deleteCv, renameCv } from "@/app/(app)/copilot/cvs/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

/** Rename in place, or delete after a confirmation. */
export function CvRowActions({ id, name }: { id: string; name: string }) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(name);
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  const rename = () =>
    startTransition(async () => {
      const result = await renameCv({ id, name: draft });
      setMessage(result.ok ? undefined : result.message);
      if (result.ok) setRenaming(false);
    });

  return (
    <div className="flex flex-wrap items-center gap-2">
      {renaming ? (
        <form
          method="post"
          className="flex items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            rename();
          }}
        >
          <input aria-label={`New name for ${name}`} className={`${controlClass} w-56`} value={draft} onChange={(e) => setDraft(e.target.value)} />
          <Button type="submit" disabled={pending}>
            Save
          </Button>
          <Button variant="secondary" onClick={() => setRenaming(false)}>
            Cancel
          </Button>
        </form>
      ) : (
        <>
          <Button variant="ghost" aria-label={`Rename ${name}`} onClick={() => setRenaming(true)}>
            Rename
          </Button>
          <ConfirmDelete
            trigger="Delete"
            triggerLabel={`Delete ${name}`}
            groupLabel={`Confirm deleting ${name}`}
            question="Delete this CV and its file?"
            onConfirm={() => deleteCv({ id })}
          />
        </>
      )}
      <FormStatus message={message} />
    </div>
  );
}
