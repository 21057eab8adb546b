"use client";

import { tailorWithAi } from "@/app/(app)/copilot/applications/actions";
import { ModelActionPicker, type ModelChoice } from "@/components/ai/model-action-picker";

/** Lets a language model reword the tailored CV; what it invents is taken out and listed. */
export function TailorWithAi({ id, models }: { id: string; models: ModelChoice[] }) {
  return (
    <ModelActionPicker
      id="tailor-model"
      label="Reword with"
      button="Reword with AI"
      busy="Rewording…"
      models={models}
      run={async (modelId) => {
        const result = await tailorWithAi({ id, modelId });
        return result.ok
          ? { text: `Reworded: ${result.data.changes} changes proposed, ${result.data.flagged} invented claims taken out.`, tone: "success" }
          : { text: result.message, tone: "error" };
      }}
    />
  );
}
