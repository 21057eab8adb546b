"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/action-result";

/** Revokes a key with the action it is given (the owner's own, or an organisation admin's). */
export function RevokeApiKeyButton({
  id,
  name,
  revoke,
}: {
  id: string;
  name: string;
  revoke: (input: { id: string }) => Promise<ActionResult<{ revoked: boolean }>>;
}) {
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <span className="flex items-center justify-end gap-2">
      <Button
        variant="secondary"
        aria-label={`Revoke the key ${name}`}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await revoke({ id });
            setMessage(result.ok ? undefined : result.message);
          })
        }
      >
        {pending ? "Revoking…" : "Revoke"}
      </Button>
      <FormStatus message={message} />
    </span>
  );
}
