import "server-only";
import { aiConfigFromEnv, chainFor, type AiConfig } from "@/lib/ai/config";
import { listModelOptions, type ModelOption } from "@/lib/ai/health";
import type { ProviderName } from "@/lib/ai/model-id";
import type { StreamDeps } from "@/lib/ai/model-stream";
import { createModelResolver } from "@/lib/ai/providers";
import { CircuitBreaker } from "@/lib/ai/resilience/circuit-breaker";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { draftOffline } from "@/lib/tools/offline";

type Runtime = { config: AiConfig; deps: StreamDeps; breakers: Map<string, CircuitBreaker>; options?: { at: number; list: ModelOption[] } };

const globalForAi = globalThis as unknown as { hrAi?: Runtime };

/** The process-wide AI runtime: configuration, model resolver and one circuit breaker per provider. */
export function getAiRuntime(): Runtime {
  if (globalForAi.hrAi) return globalForAi.hrAi;
  const config = aiConfigFromEnv(getEnv());
  const breakers = new Map<string, CircuitBreaker>();
  const breakerFor = (provider: string) => {
    let breaker = breakers.get(provider);
    if (!breaker) breakers.set(provider, (breaker = new CircuitBreaker()));
    return breaker;
  };
  globalForAi.hrAi = { config, breakers, deps: { resolveModel: createModelResolver(config, draftOffline), breakerFor, policy: config.policy } };
  return globalForAi.hrAi;
}

export function modelChain(chosen?: string): string[] {
  return chainFor(getAiRuntime().config, chosen);
}

const OPTIONS_TTL_MS = 15_000;

/** Models for the picker; health is probed at most every 15 s so pages stay fast. */
export async function getModelOptions(): Promise<ModelOption[]> {
  const runtime = getAiRuntime();
  if (runtime.options && Date.now() - runtime.options.at < OPTIONS_TTL_MS) return runtime.options.list;
  const healthy = (provider: ProviderName) => runtime.breakers.get(provider)?.state !== "open";
  const list = await listModelOptions(runtime.config, healthy);
  runtime.options = { at: Date.now(), list };
  return list;
}

/**
 * The language model a user picked for a one-off task (reading a CV, tailoring, a letter): it must
 * be one of the available Groq or Ollama models; the offline engine has done these tasks already.
 */
export async function chosenLanguageModel(modelId: string) {
  if (!(await getModelOptions()).some((o) => o.id === modelId && o.available && o.provider !== "offline")) {
    throw new AppError("bad_request:llm", "Choose one of the available AI models.");
  }
  return getAiRuntime().deps.resolveModel(modelId);
}
