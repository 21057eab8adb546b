"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/action-result";

type Props = {
  name: string;
  rename: (name: string) => Promise<ActionResult<unknown>>;
  remove: () => Promise<ActionResult<unknown>>;
  /** The confirmation's question, e.g. "Delete this CV and its file?". */
  deleteQuestion: string;
};

/** A row's Rename (in place) and Delete (after a confirmation), for anything the user names. */
export function RenameOrDelete({ name, rename, remove, deleteQuestion }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(name);
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  const save = () =>
    startTransition(async () => {
      const result = await rename(draft);
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
            save();
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
            question={deleteQuestion}
            onConfirm={remove}
          />
        </>
      )}
      <FormStatus message={message} />
    </div>
  );
}
