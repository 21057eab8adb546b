"use client";

import { useState, useTransition } from "react";
import { refineJobWithAi } from "@/app/(app)/copilot/jobs/actions";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

/** Reads the posting again with a language model; requirements it cannot point to are ignored. */
export function RefineJobWithAi({ id, models }: { id: string; models: { id: string; label: string }[] }) {
  const [modelId, setModelId] = useState(models[0]?.id ?? "");
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" }>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor="job-model">Refine with</label>
      <select id="job-model" className={`${controlClass} w-auto`} value={modelId} onChange={(e) => setModelId(e.target.value)}>
        {models.map((m) => <option key={m.id} value={m.id}>{m.label}</option>)}
      </select>
      <Button variant="secondary" disabled={pending} onClick={() => startTransition(async () => {
        const result = await refineJobWithAi({ id, modelId });
        setMessage(result.ok ? { text: `Refined: ${result.data.required} required and ${result.data.preferred} nice-to-have skills, each named in the posting.`, tone: "success" } : { text: result.message, tone: "error" });
      })}>
        {pending ? "Reading…" : "Refine with AI"}
      </Button>
      <FormStatus message={message?.text} tone={message?.tone} />
    </div>
  );
}
