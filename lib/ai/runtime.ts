import "server-only";
import { aiConfigFromEnv, chainFor, taskChainFor, type AiConfig } from "@/lib/ai/config";
import { listModelOptions, type ModelOption } from "@/lib/ai/health";
import type { ModelRoute } from "@/lib/ai/model-call";
import type { ProviderName } from "@/lib/ai/model-id";
import type { StreamDeps } from "@/lib/ai/model-stream";
import type { CircuitBreaker } from "@/lib/ai/resilience/circuit-breaker";
import { createStreamDeps } from "@/lib/ai/stream-deps";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { chatTask, draftChatAnswer } from "@/lib/chat/offline-drafter";
import { draftOffline } from "@/lib/tools/offline";
import type { OfflineDrafter } from "@/lib/ai/offline/model";

type Runtime = { config: AiConfig; deps: StreamDeps; breakers: ReadonlyMap<string, CircuitBreaker>; options?: { at: number; list: ModelOption[] } };

const globalForAi = globalThis as unknown as { hrAi?: Runtime };

/** The offline engine's drafters: the HR tools' templates, and the resume chat's extractive answers. */
const draftAnything: OfflineDrafter = (request) => (request.task === chatTask ? draftChatAnswer(request) : draftOffline(request));

/** The process-wide AI runtime: configuration, model resolver and one circuit breaker per provider. */
export function getAiRuntime(): Runtime {
  if (globalForAi.hrAi) return globalForAi.hrAi;
  const config = aiConfigFromEnv(getEnv());
  globalForAi.hrAi = { config, ...createStreamDeps(config, draftAnything) };
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
 * Refuses a model id the operator does not offer, before anything calls it: a made-up id would spend
 * the operator's key on models never offered, and trip the provider's breaker for every user.
 */
export async function assertOfferedModel(modelId: string): Promise<void> {
  if (!(await getModelOptions()).some((o) => o.id === modelId && o.offered)) {
    throw new AppError("bad_request:llm", "This AI model is not offered on this server. Choose one from the list.");
  }
}

/** The models a user may pick for a one-off task with AI (reading a CV, tailoring, a letter): offered, answering, not the offline engine. */
export async function getTaskModelChoices(): Promise<{ id: string; label: string }[]> {
  return (await getModelOptions()).filter((m) => m.offered && m.available && m.provider !== "offline").map(({ id, label }) => ({ id, label }));
}

/**
 * Where a one-off task with AI goes when the user picked `modelId`: that model, which must be one of
 * the task models above, then the others as fallback (see taskChainFor).
 */
export async function chosenTaskModel(modelId: string): Promise<ModelRoute> {
  const taskModels = new Set((await getTaskModelChoices()).map((o) => o.id));
  if (!taskModels.has(modelId)) throw new AppError("bad_request:llm", "Choose one of the available AI models.");
  const runtime = getAiRuntime();
  return { deps: runtime.deps, chain: taskChainFor(runtime.config, modelId, taskModels) };
}
