"use client";

import { Trash2 } from "lucide-react";
import { useState, useTransition } from "react";
import { deleteGeneration } from "@/app/(app)/history/actions";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function DeleteGenerationButton({ id }: { id: string }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <Button variant="ghost" onClick={() => setConfirming(true)}>
        <Trash2 aria-hidden="true" className="size-4" />
        Delete
      </Button>
    );
  }
  return (
    <div role="group" aria-label="Confirm deletion" className="flex flex-wrap items-center gap-2">
      <span className="text-sm">Delete this document for good?</span>
      <Button variant="danger" disabled={pending} onClick={() => startTransition(async () => {
        const result = await deleteGeneration({ id });
        if (!result.ok) setMessage(result.message);
      })}>
        {pending ? "Deleting…" : "Yes, delete"}
      </Button>
      <Button variant="secondary" onClick={() => setConfirming(false)}>Keep it</Button>
      <FormStatus message={message} />
    </div>
  );
}
