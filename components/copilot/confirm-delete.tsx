"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/action-result";

/** Delete with a confirmation step; the action redirects on success and explains a failure. */
export function ConfirmDelete({ id, what, action }: { id: string; what: string; action: (input: { id: string }) => Promise<ActionResult<unknown>> }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  if (!confirming) return <Button variant="ghost" onClick={() => setConfirming(true)}>Delete {what}</Button>;
  return (
    <span role="group" aria-label={`Confirm deleting ${what}`} className="flex flex-wrap items-center gap-2">
      <span className="text-sm">Delete {what} for good?</span>
      <Button variant="danger" disabled={pending} onClick={() => startTransition(async () => {
        const result = await action({ id });
        if (result && !result.ok) setMessage(result.message);
      })}>{pending ? "Deleting…" : "Yes, delete"}</Button>
      <Button variant="secondary" onClick={() => setConfirming(false)}>Keep it</Button>
      <FormStatus message={message} />
    </span>
  );
}
