"use client";

import { useState } from "react";
import { saveExitSettings } from "@/app/(app)/exit-interviews/actions";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { retentionBounds, thresholdBounds } from "@/lib/exit/dashboard/anonymity";
import type { ExitSettings } from "@/lib/db/queries/exit-dashboard";

const fields = [
  {
    key: "exitMinGroupSize",
    label: "Smallest group for numbers",
    bounds: thresholdBounds,
    help: "No count, chart bar or filtered list describes fewer people than this.",
  },
  {
    key: "exitMinCommentGroupSize",
    label: "Smallest group for quotes",
    bounds: thresholdBounds,
    help: "Quotes are shown only when they come from at least this many people.",
  },
  {
    key: "exitRetentionDays",
    label: "Keep transcripts for (days)",
    bounds: retentionBounds,
    help: "After this, answers are deleted and only the totals remain.",
  },
] as const;

/** The organisation's anonymity thresholds and retention period, for its admins. */
export function ExitSettingsForm({ settings }: { settings: ExitSettings }) {
  const [values, setValues] = useState<Record<keyof ExitSettings, string>>({
    exitMinGroupSize: String(settings.exitMinGroupSize),
    exitMinCommentGroupSize: String(settings.exitMinCommentGroupSize),
    exitRetentionDays: String(settings.exitRetentionDays),
  });
  const { result, pending, errors, formMessage, submit } = useActionForm(saveExitSettings);
  return (
    <form
      method="post"
      noValidate
      aria-label="Anonymity and retention"
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit({
          exitMinGroupSize: Number(values.exitMinGroupSize),
          exitMinCommentGroupSize: Number(values.exitMinCommentGroupSize),
          exitRetentionDays: Number(values.exitRetentionDays),
        });
      }}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        {fields.map((f) => (
          <Field key={f.key} id={`settings-${f.key}`} label={f.label} help={`${f.help} ${f.bounds.min}–${f.bounds.max}.`} error={errors?.[f.key]?.[0]}>
            <input
              id={`settings-${f.key}`}
              type="number"
              min={f.bounds.min}
              max={f.bounds.max}
              className={controlClass}
              value={values[f.key]}
              aria-invalid={!!errors?.[f.key]}
              onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
            />
          </Field>
        ))}
      </div>
      <FormStatus message={result?.ok ? "Saved." : formMessage} tone={result?.ok ? "success" : "error"} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </Button>
      </div>
    </form>
  );
}
