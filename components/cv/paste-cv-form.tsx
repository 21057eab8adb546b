"use client";

import { useState } from "react";
import { createCvFromText } from "@/app/(app)/copilot/cvs/actions";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

/** The fallback for files that cannot be read: paste the CV's text. What was typed stays on failure. */
export function PasteCvForm() {
  const [values, setValues] = useState({ name: "", text: "" });
  const { pending, errors, formMessage, submit } = useActionForm(createCvFromText);
  return (
    <form
      method="post"
      noValidate
      aria-label="Paste your CV"
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit(values);
      }}
    >
      <Field id="paste-name" label="Name for this CV" error={errors?.name?.[0]}>
        <input
          id="paste-name"
          className={controlClass}
          value={values.name}
          aria-invalid={!!errors?.name}
          placeholder="e.g. CV for design roles"
          onChange={(e) => setValues({ ...values, name: e.target.value })}
        />
      </Field>
      <Field id="paste-text" label="CV text" help="Copy everything from your CV (Ctrl+A, Ctrl+C in your editor) and paste it here." error={errors?.text?.[0]}>
        <textarea
          id="paste-text"
          rows={10}
          className={controlClass}
          value={values.text}
          aria-invalid={!!errors?.text}
          onChange={(e) => setValues({ ...values, text: e.target.value })}
        />
      </Field>
      <FormStatus message={formMessage} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Reading…" : "Read this CV"}
        </Button>
      </div>
    </form>
  );
}
