import { createGroq } from "@ai-sdk/groq";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import { extractReasoningMiddleware, wrapLanguageModel } from "ai";
import { createOllama } from "ollama-ai-provider-v2";
import type { AiConfig } from "@/lib/ai/config";
import { modelNameOf, providerOf } from "@/lib/ai/model-id";
import { createOfflineModel, type OfflineDrafter } from "@/lib/ai/offline/model";

// Reasoning models (deepseek-r1 and others) write <think>…</think> first; users see only the answer.
const withoutThinking = (model: LanguageModelV4) =>
  wrapLanguageModel({ model, middleware: extractReasoningMiddleware({ tagName: "think" }) }) as LanguageModelV4;

/** Turns a model id into a ready AI SDK model for this configuration. */
export function createModelResolver(config: AiConfig, draft: OfflineDrafter) {
  const groq = config.groq ? createGroq({ apiKey: config.groq.apiKey, baseURL: config.groq.baseURL }) : undefined;
  const ollama = config.ollama ? createOllama({ baseURL: `${config.ollama.baseURL}/api` }) : undefined;
  const offline = createOfflineModel({ draft, tokenDelayMs: config.offlineTokenDelayMs });
  const cache = new Map<string, LanguageModelV4>();

  return function resolveModel(modelId: string): LanguageModelV4 {
    const cached = cache.get(modelId);
    if (cached) return cached;
    const name = modelNameOf(modelId);
    let model: LanguageModelV4;
    switch (providerOf(modelId)) {
      case "groq":
        if (!groq) throw new Error("Groq is not configured (set GROQ_API_KEY)");
        model = withoutThinking(groq(name) as LanguageModelV4);
        break;
      case "ollama":
        if (!ollama) throw new Error("Ollama is not configured (set OLLAMA_BASE_URL)");
        model = withoutThinking(ollama(name) as LanguageModelV4);
        break;
      case "offline":
        model = offline;
        break;
    }
    cache.set(modelId, model);
    return model;
  };
}
