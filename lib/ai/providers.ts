import { createGroq } from "@ai-sdk/groq";
import type { LanguageModelV4, ProviderV4 } from "@ai-sdk/provider";
import { createProviderRegistry, customProvider, extractReasoningMiddleware, wrapProvider } from "ai";
import { createOllama } from "ollama-ai-provider-v2";
import type { AiConfig } from "@/lib/ai/config";
import { createOfflineModel, type OfflineDrafter } from "@/lib/ai/offline/model";

// Reasoning models (deepseek-r1 and others) write <think>…</think> first; users see only the answer.
// The offline engine is left unwrapped: it may echo a user's "<think>" back, and that is their text.
const withoutThinking = extractReasoningMiddleware({ tagName: "think" });

/**
 * Turns a model id into a ready AI SDK model for this configuration. The SDK's registry splits the id
 * on its first ":", so `ollama:deepseek-r1:8b` is Ollama's `deepseek-r1:8b`; a provider that is not
 * configured is not registered, and asking for it throws.
 */
export function createModelResolver(config: AiConfig, draft: OfflineDrafter) {
  const providers: Record<string, ProviderV4> = {
    offline: customProvider({ languageModels: { draft: createOfflineModel({ draft, tokenDelayMs: config.offlineTokenDelayMs }) } }),
  };
  if (config.groq) {
    providers.groq = wrapProvider({
      provider: createGroq({ apiKey: config.groq.apiKey, baseURL: config.groq.baseURL }),
      languageModelMiddleware: withoutThinking,
    });
  }
  if (config.ollama) {
    providers.ollama = wrapProvider({ provider: createOllama({ baseURL: `${config.ollama.baseURL}/api` }), languageModelMiddleware: withoutThinking });
  }
  const registry = createProviderRegistry(providers);

  return (modelId: string): LanguageModelV4 => registry.languageModel(modelId as `${string}:${string}`);
}
