"use client";

import { useState, useTransition } from "react";
import { revokeInvitation } from "@/app/(app)/admin/members/actions";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function RevokeInvitationButton({ id, email }: { id: string; email: string }) {
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <span className="flex items-center justify-end gap-2">
      <Button
        variant="ghost"
        aria-label={`Withdraw the invitation for ${email}`}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await revokeInvitation({ id });
            setMessage(result.ok ? undefined : result.message);
          })
        }
      >
        {pending ? "Withdrawing…" : "Withdraw"}
      </Button>
      <FormStatus message={message} />
    </span>
  );
}
