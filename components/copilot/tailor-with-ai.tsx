"use client";

import { useState, useTransition } from "react";
import { tailorWithAi } from "@/app/(app)/copilot/applications/actions";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

/** Lets a language model reword the tailored CV; what it invents is taken out and listed. */
export function TailorWithAi({ id, models }: { id: string; models: { id: string; label: string }[] }) {
  const [modelId, setModelId] = useState(models[0]?.id ?? "");
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" }>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor="tailor-model">Reword with</label>
      <select id="tailor-model" className={`${controlClass} w-auto`} value={modelId} onChange={(e) => setModelId(e.target.value)}>
        {models.map((m) => <option key={m.id} value={m.id}>{m.label}</option>)}
      </select>
      <Button variant="secondary" disabled={pending} onClick={() => startTransition(async () => {
        const result = await tailorWithAi({ id, modelId });
        setMessage(result.ok ? { text: `Reworded: ${result.data.changes} changes proposed, ${result.data.flagged} invented claims taken out.`, tone: "success" } : { text: result.message, tone: "error" });
      })}>
        {pending ? "Rewording…" : "Reword with AI"}
      </Button>
      <FormStatus message={message?.text} tone={message?.tone} />
    </div>
  );
}
