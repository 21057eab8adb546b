"use client";

import Link from "next/link";
import { useState } from "react";
import { login } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

export function LoginForm({ returnTo }: { returnTo?: string }) {
  const [values, setValues] = useState({ email: "", password: "" });
  const { pending, errors, formMessage, submit } = useActionForm(login);

  return (
    <form
      method="post"
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit({ ...values, returnTo });
      }}
    >
      <Field id="email" label="Email" error={errors?.email?.[0]}>
        <input
          id="email"
          type="email"
          autoComplete="email"
          className={controlClass}
          value={values.email}
          aria-invalid={!!errors?.email}
          onChange={(e) => setValues({ ...values, email: e.target.value })}
        />
      </Field>
      <Field id="password" label="Password" error={errors?.password?.[0]}>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          className={controlClass}
          value={values.password}
          aria-invalid={!!errors?.password}
          onChange={(e) => setValues({ ...values, password: e.target.value })}
        />
      </Field>
      <FormStatus message={formMessage} />
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        New here?{" "}
        <Link href="/register" className="font-medium text-brand-600 underline dark:text-brand-100">
          Create an account
        </Link>
      </p>
    </form>
  );
}
