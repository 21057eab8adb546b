"use client";

import { Pencil } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveEditedVersion } from "@/app/(app)/history/actions";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

/** Edit the Markdown in place; saving makes a new version and keeps this one unchanged. */
export function EditDocument({ id, text }: { id: string; text: string }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(text);
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();

  if (!editing) {
    return (
      <Button variant="secondary" onClick={() => setEditing(true)}>
        <Pencil aria-hidden="true" className="size-4" />
        Edit
      </Button>
    );
  }
  return (
    <div className="flex w-full flex-col gap-2">
      <label htmlFor="edit-markdown" className="text-sm font-medium">
        Document (Markdown)
      </label>
      <textarea id="edit-markdown" rows={24} className={`${controlClass} font-mono`} value={draft} onChange={(e) => setDraft(e.target.value)} />
      <FormStatus message={message} />
      <div className="flex gap-2">
        <Button
          disabled={pending || draft.trim() === text.trim()}
          onClick={() =>
            startTransition(async () => {
              const result = await saveEditedVersion({ parentId: id, output: draft });
              if (result.ok) router.push(`/history/${result.data.id}`);
              else setMessage(result.fieldErrors?.output?.[0] ?? result.message);
            })
          }
        >
          {pending ? "Saving…" : "Save as new version"}
        </Button>
        <Button variant="ghost" onClick={() => (setEditing(false), setDraft(text), setMessage(undefined))}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
