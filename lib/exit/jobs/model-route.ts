import "server-only";
import { defaultChain } from "@/lib/ai/config";
import type { ModelRoute } from "@/lib/ai/model-call";
import { OFFLINE_MODEL_ID } from "@/lib/ai/offline/model";
import { getAiRuntime } from "@/lib/ai/runtime";

/**
 * Where a background task's model call goes: the operator's configured models in chain order, or
 * null when none is set up. No one picks a model for a job, and the offline engine is never in the
 * route: the task's offline result is what the job keeps when no model answers.
 */
export function backgroundModelRoute(): ModelRoute | null {
  const runtime = getAiRuntime();
  const chain = defaultChain(runtime.config).filter((id) => id !== OFFLINE_MODEL_ID);
  return chain.length ? { deps: runtime.deps, chain } : null;
}
