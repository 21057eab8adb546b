"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { readCvWithModel } from "@/app/(app)/copilot/actions";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

/** Re-reads the CV with a chosen language model; every value it returns is checked against the CV. */
export function ReadWithModel({ id, models }: { id: string; models: { id: string; label: string }[] }) {
  const router = useRouter();
  const [modelId, setModelId] = useState(models[0]?.id ?? "");
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" }>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2 rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800">
      <label htmlFor="read-model">Read again with</label>
      <select id="read-model" className={`${controlClass} w-auto`} value={modelId} onChange={(e) => setModelId(e.target.value)}>
        {models.map((m) => <option key={m.id} value={m.id}>{m.label}</option>)}
      </select>
      <Button variant="secondary" disabled={pending || !modelId} onClick={() => startTransition(async () => {
        const result = await readCvWithModel({ id, modelId });
        setMessage(result.ok ? { text: "Read again. Values the model could not point to in your CV were left out.", tone: "success" } : { text: result.message, tone: "error" });
        if (result.ok) router.refresh();
      })}>
        {pending ? "Reading…" : "Read with AI"}
      </Button>
      <span className="text-xs text-zinc-600 dark:text-zinc-400">Replaces your corrections on this CV.</span>
      <FormStatus message={message?.text} tone={message?.tone} />
    </div>
  );
}
