"use client";

import { useState } from "react";
import { changePassword } from "@/app/(app)/account/actions";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

export function ChangePasswordForm() {
  const [values, setValues] = useState({ currentPassword: "", newPassword: "" });
  const { result, pending, errors, formMessage, submit } = useActionForm(changePassword, () => setValues({ currentPassword: "", newPassword: "" }));
  return (
    <form
      method="post"
      noValidate
      aria-label="Change password"
      className="flex max-w-md flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit(values);
      }}
    >
      <Field id="currentPassword" label="Current password" error={errors?.currentPassword?.[0]}>
        <input
          id="currentPassword"
          type="password"
          autoComplete="current-password"
          className={controlClass}
          value={values.currentPassword}
          onChange={(e) => setValues({ ...values, currentPassword: e.target.value })}
        />
      </Field>
      <Field id="newPassword" label="New password" help="At least 10 characters, mixing letters with digits or symbols." error={errors?.newPassword?.[0]}>
        <input
          id="newPassword"
          type="password"
          autoComplete="new-password"
          className={controlClass}
          value={values.newPassword}
          onChange={(e) => setValues({ ...values, newPassword: e.target.value })}
        />
      </Field>
      <FormStatus message={result?.ok ? "Your password has been changed." : formMessage} tone={result?.ok ? "success" : "error"} />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
