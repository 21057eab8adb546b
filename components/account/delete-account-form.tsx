"use client";

import { useState, useTransition } from "react";
import { deleteAccount } from "@/app/(app)/account/actions";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

export function DeleteAccountForm({ email }: { email: string }) {
  const [confirmEmail, setConfirmEmail] = useState("");
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <form
      noValidate
      aria-label="Delete account"
      className="flex max-w-md flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await deleteAccount({ confirmEmail });
          if (result && !result.ok) setMessage(result.message);
        });
      }}
    >
      <Field id="confirmEmail" label={`Type ${email} to confirm`}>
        <input id="confirmEmail" type="email" autoComplete="off" className={controlClass} value={confirmEmail} onChange={(e) => setConfirmEmail(e.target.value)} />
      </Field>
      <FormStatus message={message} />
      <Button type="submit" variant="danger" disabled={pending || confirmEmail.trim().toLowerCase() !== email} className="self-start">
        {pending ? "Deleting…" : "Delete my account and all my data"}
      </Button>
    </form>
  );
}
