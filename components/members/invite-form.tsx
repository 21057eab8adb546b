"use client";

import { useState } from "react";
import { inviteMember } from "@/app/(app)/admin/members/actions";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

/** Invites a colleague by email; the link appears once, to be copied and sent. */
export function InviteForm() {
  const [values, setValues] = useState({ email: "", role: "HR" as "HR" | "ADMIN" });
  const [copied, setCopied] = useState(false);
  const { result, pending, errors, formMessage, submit } = useActionForm(inviteMember, () => setValues((v) => ({ ...v, email: "" })));
  const link = result?.ok ? `${window.location.origin}${result.data.path}` : null;

  return (
    <form
      method="post"
      noValidate
      aria-label="Invite a colleague"
      className="flex flex-col gap-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800"
      onSubmit={(event) => {
        event.preventDefault();
        setCopied(false);
        submit(values);
      }}
    >
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
        <Field id="invite-email" label="Colleague's email" error={errors?.email?.[0]}>
          <input
            id="invite-email"
            type="email"
            autoComplete="off"
            className={controlClass}
            value={values.email}
            aria-invalid={!!errors?.email}
            onChange={(e) => setValues({ ...values, email: e.target.value })}
          />
        </Field>
        <Field id="invite-role" label="Role">
          <select
            id="invite-role"
            className={controlClass}
            value={values.role}
            onChange={(e) => setValues({ ...values, role: e.target.value as "HR" | "ADMIN" })}
          >
            <option value="HR">HR</option>
            <option value="ADMIN">Admin</option>
          </select>
        </Field>
      </div>
      <FormStatus message={formMessage} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating the link…" : "Create invitation link"}
        </Button>
      </div>
      {link && result?.ok ? (
        <div role="status" className="flex flex-col gap-2 rounded-md bg-brand-50 p-3 text-sm dark:bg-zinc-800">
          <p>
            Send this link to your colleague. It works once, for that email only, until {new Date(result.data.expiresAt).toUTCString()}. It is not shown again.
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <input
              aria-label="Invitation link"
              readOnly
              value={link}
              className={`${controlClass} flex-1 font-mono text-xs`}
              onFocus={(e) => e.currentTarget.select()}
            />
            <Button
              variant="secondary"
              onClick={() =>
                navigator.clipboard.writeText(link).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {copied ? "Copied" : "Copy link"}
            </Button>
          </div>
        </div>
      ) : null}
    </form>
  );
}
