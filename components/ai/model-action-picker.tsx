"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

export type ModelChoice = { id: string; label: string };
export type Outcome = { text: string; tone: "error" | "success" };

/** A model picker and a button that runs one task with the chosen model, then says how it went. */
export function ModelActionPicker({
  id,
  label,
  button,
  busy,
  models,
  run,
  note,
}: {
  id: string;
  label: string;
  button: string;
  busy: string;
  models: ModelChoice[];
  run: (modelId: string) => Promise<Outcome>;
  note?: string;
}) {
  const [modelId, setModelId] = useState(models[0]?.id ?? "");
  const [outcome, setOutcome] = useState<Outcome>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={id}>{label}</label>
      <select id={id} className={`${controlClass} w-auto`} value={modelId} onChange={(e) => setModelId(e.target.value)}>
        {models.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label}
          </option>
        ))}
      </select>
      <Button variant="secondary" disabled={pending || !modelId} onClick={() => startTransition(async () => setOutcome(await run(modelId)))}>
        {pending ? busy : button}
      </Button>
      {note ? <span className="text-xs text-zinc-600 dark:text-zinc-400">{note}</span> : null}
      <FormStatus message={outcome?.text} tone={outcome?.tone} />
    </div>
  );
}
