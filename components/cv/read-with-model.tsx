"use client";

import { useRouter } from "next/navigation";
import { readCvWithModel } from "@/app/(app)/copilot/cvs/actions";
import { ModelActionPicker, type ModelChoice } from "@/components/ai/model-action-picker";

/** Re-reads the CV with a chosen language model; every value it returns is checked against the CV. */
export function ReadWithModel({ id, models }: { id: string; models: ModelChoice[] }) {
  const router = useRouter();
  return (
    <div className="mb-4 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
      <ModelActionPicker
        id="read-model"
        label="Read again with"
        button="Read with AI"
        busy="Reading…"
        models={models}
        note="Replaces your corrections on this CV."
        run={async (modelId) => {
          const result = await readCvWithModel({ id, modelId });
          if (result.ok) router.refresh();
          return result.ok
            ? { text: "Read again. Values the model could not point to in your CV were left out.", tone: "success" }
            : { text: result.message, tone: "error" };
        }}
      />
    </div>
  );
}
