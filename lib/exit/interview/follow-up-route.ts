import "server-only";
import { defaultChain } from "@/lib/ai/config";
import type { ModelRoute } from "@/lib/ai/model-call";
import { OFFLINE_MODEL_ID } from "@/lib/ai/offline/model";
import { getAiRuntime } from "@/lib/ai/runtime";

/**
 * Where a follow-up's wording is asked for: the operator's configured models in their usual order,
 * without the offline engine, whose result the protocol's wording already is. Null when no model is
 * configured, so an offline server makes no call at all.
 */
export function followUpRoute(): ModelRoute | null {
  const runtime = getAiRuntime();
  const chain = defaultChain(runtime.config).filter((id) => id !== OFFLINE_MODEL_ID);
  return chain.length ? { deps: runtime.deps, chain } : null;
}
