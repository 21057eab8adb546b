"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { savePromptSplit } from "@/app/(app)/admin/usage/actions";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

/** The share of the organisation's documents the second version of a prompt writes. */
export function SplitEditor({ promptId, shareB, versionB }: { promptId: string; shareB: number; versionB: number }) {
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState(String(shareB));
  const save = useActionForm(savePromptSplit, () => router.refresh());
  const error = save.errors?.shareB?.[0];
  return (
    <form
      method="post"
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.submit({ promptId, shareB: value });
      }}
    >
      <Field id={id} label={`Share written with version ${versionB} (percent)`} error={error} help="0 turns the experiment off; 50 splits evenly.">
        <input
          id={id}
          type="number"
          min={0}
          max={100}
          step={1}
          className={`${controlClass} w-32`}
          value={value}
          aria-invalid={Boolean(error)}
          onChange={(e) => setValue(e.target.value)}
        />
      </Field>
      <Button type="submit" variant="secondary" disabled={save.pending}>
        Save split
      </Button>
      <FormStatus
        message={save.formMessage ?? (save.result?.ok ? `Saved: ${save.result.data.shareB}% with version ${versionB}.` : undefined)}
        tone={save.result?.ok ? "success" : "error"}
      />
    </form>
  );
}
