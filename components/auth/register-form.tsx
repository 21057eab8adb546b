"use client";

import Link from "next/link";
import { useState } from "react";
import { register } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

type Values = { name: string; email: string; password: string; accountType: "hire" | "seek"; organizationName: string; inviteToken?: string };

/** Sign-up; with an invitation the email is the invited one and the account joins that organisation. */
export function RegisterForm({ invitation }: { invitation?: { token: string; email: string } }) {
  const [values, setValues] = useState<Values>({
    name: "",
    email: invitation?.email ?? "",
    password: "",
    accountType: "hire",
    organizationName: "",
    inviteToken: invitation?.token,
  });
  const { pending, errors, formMessage, submit } = useActionForm(register);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));

  return (
    <form
      method="post"
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit(values);
      }}
    >
      {invitation ? null : (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">How will you use HR Copilot?</legend>
          {(
            [
              ["hire", "I hire", "Write job descriptions, offers and reviews; run exit interviews."],
              ["seek", "I'm looking for a job", "Tailor your CV and write cover letters."],
            ] as const
          ).map(([value, label, hint]) => (
            <label
              key={value}
              className="flex cursor-pointer items-start gap-3 rounded-md border border-zinc-300 p-3 has-checked:border-brand-600 dark:border-zinc-700"
            >
              <input
                type="radio"
                name="accountType"
                value={value}
                checked={values.accountType === value}
                onChange={() => set({ accountType: value })}
                className="mt-1"
              />
              <span>
                <span className="block text-sm font-medium">{label}</span>
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">{hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <Field id="name" label="Your name" error={errors?.name?.[0]}>
        <input
          id="name"
          autoComplete="name"
          className={controlClass}
          value={values.name}
          aria-invalid={!!errors?.name}
          onChange={(e) => set({ name: e.target.value })}
        />
      </Field>
      {values.accountType === "hire" && !invitation ? (
        <Field id="organizationName" label="Company or team" error={errors?.organizationName?.[0]}>
          <input
            id="organizationName"
            autoComplete="organization"
            className={controlClass}
            value={values.organizationName}
            aria-invalid={!!errors?.organizationName}
            onChange={(e) => set({ organizationName: e.target.value })}
          />
        </Field>
      ) : null}
      <Field id="email" label="Email" error={errors?.email?.[0]}>
        <input
          id="email"
          type="email"
          autoComplete="email"
          className={controlClass}
          value={values.email}
          aria-invalid={!!errors?.email}
          readOnly={!!invitation}
          onChange={(e) => set({ email: e.target.value })}
        />
      </Field>
      <Field id="password" label="Password" help="At least 10 characters, mixing letters with digits or symbols." error={errors?.password?.[0]}>
        <input
          id="password"
          type="password"
          autoComplete="new-password"
          className={controlClass}
          value={values.password}
          aria-invalid={!!errors?.password}
          onChange={(e) => set({ password: e.target.value })}
        />
      </Field>
      <FormStatus message={formMessage} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Already registered?{" "}
        <Link
          href={invitation ? `/login?returnTo=${encodeURIComponent(`/invite/${invitation.token}`)}` : "/login"}
          className="font-medium text-brand-600 underline dark:text-brand-100"
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
