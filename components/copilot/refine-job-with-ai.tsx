"use client";

import { refineJobWithAi } from "@/app/(app)/copilot/jobs/actions";
import { ModelActionPicker, type ModelChoice } from "@/components/ai/model-action-picker";

/** Reads the posting again with a language model; requirements it cannot point to are ignored. */
export function RefineJobWithAi({ id, models }: { id: string; models: ModelChoice[] }) {
  return (
    <div className="mb-4">
      <ModelActionPicker
        id="job-model"
        label="Refine with"
        button="Refine with AI"
        busy="Reading…"
        models={models}
        run={async (modelId) => {
          const result = await refineJobWithAi({ id, modelId });
          return result.ok
            ? {
                text: `Refined: ${result.data.required} required and ${result.data.preferred} nice-to-have skills, each named in the posting.`,
                tone: "success",
              }
            : { text: result.message, tone: "error" };
        }}
      />
    </div>
  );
}
