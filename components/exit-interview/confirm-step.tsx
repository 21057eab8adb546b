"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

/** A second step before something that cannot be undone; it takes the focus so it is read out at once. */
export function ConfirmStep({
  question,
  confirmLabel,
  cancelLabel,
  danger = false,
  busy,
  onConfirm,
  onCancel,
}: {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <div role="group" aria-label={question} className="flex flex-col gap-3 rounded-md border border-zinc-300 p-4 dark:border-zinc-700">
      <p ref={questionRef} tabIndex={-1} className="text-sm font-medium outline-none">
        {question}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant={danger ? "danger" : "primary"} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
