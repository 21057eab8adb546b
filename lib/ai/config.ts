import type { Env } from "@/lib/env";
import { OFFLINE_MODEL_ID } from "@/lib/ai/offline/model";
import { providerNames, type ProviderName } from "@/lib/ai/model-id";
import type { StreamPolicy } from "@/lib/ai/model-stream";

export type AiConfig = {
  groq?: { apiKey: string; baseURL?: string; model: string };
  ollama?: { baseURL: string; model?: string };
  chain: ProviderName[];
  policy: StreamPolicy;
  offlineTokenDelayMs: number;
};

export const DEFAULT_OLLAMA_MODEL = "llama3.2";

export function aiConfigFromEnv(env: Env): AiConfig {
  const chain = env.LLM_CHAIN.split(",")
    .map((p) => p.trim())
    .filter((p): p is ProviderName => (providerNames as readonly string[]).includes(p));
  // The offline engine always ends the chain, so a document is written whatever else is down.
  if (!chain.includes("offline")) chain.push("offline");
  return {
    groq: env.GROQ_API_KEY ? { apiKey: env.GROQ_API_KEY, baseURL: env.GROQ_BASE_URL, model: env.GROQ_MODEL } : undefined,
    ollama: env.OLLAMA_BASE_URL ? { baseURL: env.OLLAMA_BASE_URL, model: env.OLLAMA_MODEL } : undefined,
    chain,
    policy: {
      maxRetries: env.LLM_MAX_RETRIES,
      firstTokenTimeoutMs: env.LLM_FIRST_TOKEN_TIMEOUT_MS,
      idleTimeoutMs: env.LLM_IDLE_TIMEOUT_MS,
      maxRetryAfterMs: 10_000,
    },
    offlineTokenDelayMs: env.OFFLINE_TOKEN_DELAY_MS,
  };
}

/** The configured default model of each provider in the chain, skipping providers that are not set up. */
export function defaultChain(config: AiConfig): string[] {
  return config.chain.flatMap((provider) => {
    if (provider === "groq") return config.groq ? [`groq:${config.groq.model}`] : [];
    if (provider === "ollama") return config.ollama ? [`ollama:${config.ollama.model ?? DEFAULT_OLLAMA_MODEL}`] : [];
    return [OFFLINE_MODEL_ID];
  });
}

/** The chosen model first, then the default chain as fallback. */
export function chainFor(config: AiConfig, chosen?: string): string[] {
  const chain = defaultChain(config);
  return chosen ? [chosen, ...chain.filter((id) => id !== chosen)] : chain;
}

/**
 * The models a one-off task with AI tries: the one the user chose, then the other task models of the
 * default chain (offered, answering, not offline) as fallback. Never the offline engine: it has
 * already produced the result these tasks refine, and the caller keeps that result when no model
 * answers. The caller records the model that did answer.
 */
export function taskChainFor(config: AiConfig, chosen: string, taskModels: ReadonlySet<string>): string[] {
  return [chosen, ...defaultChain(config).filter((id) => id !== chosen && taskModels.has(id))];
}
