"use client";

import { useState, useTransition, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/action-result";

type ConfirmDeleteProps = {
  /** The content of the button that asks first, e.g. "Delete this posting". */
  trigger: ReactNode;
  /** That button's accessible name, when its text alone does not say what goes (a row in a list). */
  triggerLabel?: string;
  /** Names the confirmation for screen readers, e.g. "Confirm deleting this posting". */
  groupLabel: string;
  question: string;
  confirmLabel?: string;
  pendingLabel?: string;
  cancelLabel?: string;
  /** Deletes; it may redirect. A failure keeps the confirmation open with its message. */
  onConfirm: () => Promise<ActionResult<unknown>>;
};

/** A destructive action behind a second click: the one confirmation every delete or removal uses. */
export function ConfirmDelete({
  trigger,
  triggerLabel,
  groupLabel,
  question,
  confirmLabel = "Yes, delete",
  pendingLabel = "Deleting…",
  cancelLabel = "Keep it",
  onConfirm,
}: ConfirmDeleteProps) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <Button variant="ghost" aria-label={triggerLabel} onClick={() => setConfirming(true)}>
        {trigger}
      </Button>
    );
  }
  return (
    <span role="group" aria-label={groupLabel} className="flex flex-wrap items-center gap-2">
      <span className="text-sm">{question}</span>
      <Button
        variant="danger"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            // An action that redirects hands back nothing: the page is going away.
            const result: ActionResult<unknown> | undefined = await onConfirm();
            if (!result) return;
            setMessage(result.ok ? undefined : result.message);
            if (result.ok) setConfirming(false);
          })
        }
      >
        {pending ? pendingLabel : confirmLabel}
      </Button>
      <Button
        variant="secondary"
        onClick={() => {
          setMessage(undefined);
          setConfirming(false);
        }}
      >
        {cancelLabel}
      </Button>
      <FormStatus message={message} />
    </span>
  );
}
