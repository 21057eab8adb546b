import type { AiConfig } from "@/lib/ai/config";
import { DEFAULT_OLLAMA_MODEL } from "@/lib/ai/config";
import type { ProviderName } from "@/lib/ai/model-id";
import { OFFLINE_MODEL_ID } from "@/lib/ai/offline/model";

/**
 * A model the picker shows. `offered`: the operator set it up (configured, and for Ollama installed
 * or named as the default), so it may be called; `available`: it also answers right now.
 */
export type ModelOption = { id: string; label: string; provider: ProviderName; offered: boolean; available: boolean; note?: string };

const GROQ_DEFAULT_BASE = "https://api.groq.com/openai/v1";

async function getJson(url: string, init: RequestInit, timeoutMs: number): Promise<unknown> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs), cache: "no-store" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

async function groqOptions(config: NonNullable<AiConfig["groq"]>, healthy: boolean): Promise<ModelOption[]> {
  const id = `groq:${config.model}`;
  const label = `Groq · ${config.model}`;
  try {
    await getJson(`${config.baseURL ?? GROQ_DEFAULT_BASE}/models`, { headers: { authorization: `Bearer ${config.apiKey}` } }, 2_500);
    return [{ id, label, provider: "groq", offered: true, available: healthy, note: healthy ? undefined : "failing recently" }];
  } catch {
    return [{ id, label, provider: "groq", offered: true, available: false, note: "unreachable" }];
  }
}

async function ollamaOptions(config: NonNullable<AiConfig["ollama"]>, healthy: boolean): Promise<ModelOption[]> {
  const preferred = config.model ?? DEFAULT_OLLAMA_MODEL;
  try {
    const tags = (await getJson(`${config.baseURL}/api/tags`, {}, 1_500)) as { models?: { name: string }[] };
    const names = (tags.models ?? []).map((m) => m.name.replace(/:latest$/, ""));
    const ordered = [preferred, ...names.filter((n) => n !== preferred)];
    return ordered.map((name) => {
      const installed = names.includes(name);
      const available = installed && healthy;
      const note = !installed ? `not installed (ollama pull ${name})` : healthy ? undefined : "failing recently";
      return { id: `ollama:${name}`, label: `Ollama · ${name}`, provider: "ollama" as const, offered: installed, available, note };
    });
  } catch {
    return [{ id: `ollama:${preferred}`, label: `Ollama · ${preferred}`, provider: "ollama", offered: true, available: false, note: "unreachable" }];
  }
}

/** Every model the picker can show, with unreachable or unconfigured ones marked unavailable. */
export async function listModelOptions(config: AiConfig, isHealthy: (provider: ProviderName) => boolean): Promise<ModelOption[]> {
  const [groq, ollama] = await Promise.all([
    config.groq
      ? groqOptions(config.groq, isHealthy("groq"))
      : Promise.resolve<ModelOption[]>([{ id: "groq:off", label: "Groq", provider: "groq", offered: false, available: false, note: "set GROQ_API_KEY" }]),
    config.ollama
      ? ollamaOptions(config.ollama, isHealthy("ollama"))
      : Promise.resolve<ModelOption[]>([
          { id: "ollama:off", label: "Ollama", provider: "ollama", offered: false, available: false, note: "set OLLAMA_BASE_URL" },
        ]),
  ]);
  const offline: ModelOption = { id: OFFLINE_MODEL_ID, label: "Offline draft (built-in)", provider: "offline", offered: true, available: true };
  const byProvider = { groq, ollama, offline: [offline] };
  const ordered = config.chain.flatMap((p) => byProvider[p]);
  const rest = (["groq", "ollama"] as const).filter((p) => !config.chain.includes(p)).flatMap((p) => byProvider[p]);
  return [...ordered, ...rest];
}
