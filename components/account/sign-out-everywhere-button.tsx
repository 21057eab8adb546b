"use client";

import { useState, useTransition } from "react";
import { signOutEverywhere } from "@/app/(app)/account/actions";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** Ends every session of the account, this one included; success lands on the sign-in page. */
export function SignOutEverywhereButton() {
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex max-w-md flex-col gap-3">
      <Button
        variant="secondary"
        disabled={pending}
        className="self-start"
        onClick={() =>
          startTransition(async () => {
            const result = await signOutEverywhere({});
            if (result && !result.ok) setMessage(result.message);
          })
        }
      >
        {pending ? "Signing out…" : "Sign out everywhere"}
      </Button>
      <FormStatus message={message} />
    </div>
  );
}
