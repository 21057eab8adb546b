"use client";

import { useState, useTransition } from "react";
import { startApplication } from "@/app/(app)/copilot/applications/actions";
import { Button } from "@/components/ui/button";

export function StartApplicationButton({ cvId, jobId, label }: { cvId: string; jobId: string; label: string }) {
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <span className="flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        disabled={pending}
        aria-label={label}
        onClick={() =>
          startTransition(async () => {
            const result = await startApplication({ cvId, jobId });
            if (result && !result.ok) setMessage(result.message);
          })
        }
      >
        {pending ? "Preparing…" : "Tailor"}
      </Button>
      {message ? (
        <span role="status" className="text-xs text-red-700">
          {message}
        </span>
      ) : null}
    </span>
  );
}
