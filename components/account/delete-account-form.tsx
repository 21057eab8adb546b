"use client";

import { useState, useTransition } from "react";
import { deleteAccount } from "@/app/(app)/account/actions";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

/** Asks for the email and, for accounts with a password, the password before deleting anything. */
export function DeleteAccountForm({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const [confirmEmail, setConfirmEmail] = useState("");
  const [password, setPassword] = useState("");
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  const ready = confirmEmail.trim().toLowerCase() === email && (!hasPassword || password.length > 0);
  return (
    <form
      method="post"
      noValidate
      aria-label="Delete account"
      className="flex max-w-md flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await deleteAccount({ confirmEmail, password: hasPassword ? password : undefined });
          if (result && !result.ok) setMessage(result.message);
        });
      }}
    >
      <Field id="confirmEmail" label={`Type ${email} to confirm`}>
        <input
          id="confirmEmail"
          type="email"
          autoComplete="off"
          className={controlClass}
          value={confirmEmail}
          onChange={(e) => setConfirmEmail(e.target.value)}
        />
      </Field>
      {hasPassword ? (
        <Field id="deletePassword" label="Your password">
          <input
            id="deletePassword"
            type="password"
            autoComplete="current-password"
            className={controlClass}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
      ) : null}
      <FormStatus message={message} />
      <Button type="submit" variant="danger" disabled={pending || !ready} className="self-start">
        {pending ? "Deleting…" : "Delete my account and all my data"}
      </Button>
    </form>
  );
}
