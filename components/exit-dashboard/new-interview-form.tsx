"use client";

import Link from "next/link";
import { useState } from "react";
import { startExitInterview } from "@/app/(app)/exit-interviews/actions";
import { LinkPanel } from "@/components/exit-dashboard/link-panel";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { linkLifetimeDays, type CreateExitInterviewInput } from "@/lib/exit/dashboard/create-schema";
import { exitLanguages, exitReasons, languageNames, reasonLabels, type ExitLanguage, type ExitReason } from "@/lib/exit/dashboard/vocabulary";

type Values = Omit<CreateExitInterviewInput, "linkDays"> & { linkDays: string };

const empty: Values = {
  employeeName: "",
  employeeEmail: "",
  department: "",
  role: "",
  manager: "",
  startDate: "",
  lastDay: "",
  reason: "voluntary",
  regrettable: false,
  language: "en",
  mode: "ATTRIBUTED",
  linkDays: String(linkLifetimeDays.default),
};

const textFields = [
  { key: "employeeName", label: "Employee's name", type: "text", autoComplete: "off" },
  { key: "employeeEmail", label: "Employee's email", type: "email", autoComplete: "off" },
  { key: "department", label: "Department", type: "text", autoComplete: "off" },
  { key: "role", label: "Role", type: "text", autoComplete: "off" },
  { key: "manager", label: "Manager", type: "text", autoComplete: "off" },
  { key: "startDate", label: "Start date", type: "date", autoComplete: "off" },
  { key: "lastDay", label: "Last day", type: "date", autoComplete: "off" },
] as const;

/** Creates an exit interview; its private link appears once, to copy or email. */
export function NewInterviewForm() {
  const [values, setValues] = useState<Values>(empty);
  const { result, pending, errors, formMessage, submit } = useActionForm(startExitInterview);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const involuntary = values.reason === "involuntary";

  if (result?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <LinkPanel link={result.data} />
        <div className="flex flex-wrap gap-2">
          <Link href={`/exit-interviews/${result.data.id}`} className="text-sm font-medium text-brand-600 underline dark:text-brand-100">
            Open the interview
          </Link>
          <Link href="/exit-interviews" className="text-sm font-medium text-brand-600 underline dark:text-brand-100">
            Back to exit interviews
          </Link>
        </div>
      </div>
    );
  }

  return (
    <form
      method="post"
      noValidate
      aria-label="New exit interview"
      className="flex flex-col gap-5 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800"
      onSubmit={(event) => {
        event.preventDefault();
        submit({ ...values, regrettable: involuntary ? false : values.regrettable, linkDays: Number(values.linkDays) });
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {textFields.map((f) => (
          <Field key={f.key} id={`exit-${f.key}`} label={f.label} error={errors?.[f.key]?.[0]} required={f.type !== "date"}>
            <input
              id={`exit-${f.key}`}
              type={f.type}
              autoComplete={f.autoComplete}
              className={controlClass}
              value={values[f.key]}
              aria-invalid={!!errors?.[f.key]}
              aria-describedby={errors?.[f.key] ? `exit-${f.key}-error` : undefined}
              onChange={(e) => set(f.key, e.target.value)}
            />
          </Field>
        ))}
        <Field id="exit-reason" label="Reason for leaving" error={errors?.reason?.[0]}>
          <select id="exit-reason" className={controlClass} value={values.reason} onChange={(e) => set("reason", e.target.value as ExitReason)}>
            {exitReasons.map((r) => (
              <option key={r} value={r}>
                {reasonLabels[r]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="exit-language" label="Interview language" error={errors?.language?.[0]}>
          <select id="exit-language" className={controlClass} value={values.language} onChange={(e) => set("language", e.target.value as ExitLanguage)}>
            {exitLanguages.map((l) => (
              <option key={l} value={l}>
                {languageNames[l]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-0.5"
          checked={!involuntary && values.regrettable}
          disabled={involuntary}
          aria-describedby="exit-regrettable-help"
          onChange={(e) => set("regrettable", e.target.checked)}
        />
        <span>
          Regrettable loss
          <span id="exit-regrettable-help" className="block text-xs text-zinc-600 dark:text-zinc-400">
            {involuntary ? "An involuntary exit is never counted as regrettable." : "We would have wanted to keep this person."}
          </span>
        </span>
      </label>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">Who sees the answers</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="exit-mode" className="mt-0.5" checked={values.mode === "ATTRIBUTED"} onChange={() => set("mode", "ATTRIBUTED")} />
          <span>
            Attributed
            <span className="block text-xs text-zinc-600 dark:text-zinc-400">HR sees who said what: the full transcript with the employee&apos;s name.</span>
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="exit-mode" className="mt-0.5" checked={values.mode === "CONFIDENTIAL"} onChange={() => set("mode", "CONFIDENTIAL")} />
          <span>
            Confidential
            <span className="block text-xs text-zinc-600 dark:text-zinc-400">
              HR sees only quotes with names and contact details removed, and totals over groups large enough that nobody can be singled out. The employee is
              told this before they start.
            </span>
          </span>
        </label>
      </fieldset>
      <div className="max-w-xs">
        <Field
          id="exit-linkDays"
          label="Link works for (days)"
          help={`Between ${linkLifetimeDays.min} and ${linkLifetimeDays.max} days.`}
          error={errors?.linkDays?.[0]}
        >
          <input
            id="exit-linkDays"
            type="number"
            min={linkLifetimeDays.min}
            max={linkLifetimeDays.max}
            className={controlClass}
            value={values.linkDays}
            aria-invalid={!!errors?.linkDays}
            onChange={(e) => set("linkDays", e.target.value)}
          />
        </Field>
      </div>
      <FormStatus message={formMessage} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create interview link"}
        </Button>
      </div>
    </form>
  );
}
