import { afterAll, beforeAll, beforeEach } from "vitest";
import type { AiConfig } from "@/lib/ai/config";
import type { ModelRoute } from "@/lib/ai/model-call";
import type { StreamPolicy } from "@/lib/ai/model-stream";
import { createStreamDeps } from "@/lib/ai/stream-deps";
// The stub LLM server, over real HTTP: the real Groq and Ollama provider code runs against it.
import { startStubLlm } from "@/scripts/stub-llm.mjs";

type Stub = Awaited<ReturnType<typeof startStubLlm>>;
export type StubProvider = "groq" | "ollama";
export type StubRoute = ModelRoute & { waits: number[] };

export const stubModelIds: Record<StubProvider, string> = { groq: "groq:llama-3.3-70b-versatile", ollama: "ollama:llama3.2" };

/**
 * Starts the stub LLM server for a test file and empties its queue before each test. `route()` gives
 * the app's real Groq or Ollama model pointed at the stub, with the other provider as fallback, fresh
 * circuit breakers, and backoff waits recorded instead of slept.
 */
export function withStubLlm() {
  let stub: Stub;
  beforeAll(async () => {
    stub = await startStubLlm({ tokenDelayMs: 0 });
  });
  afterAll(() => stub.close());
  beforeEach(() => {
    stub.queue.length = 0;
    stub.requests.length = 0;
  });
  return {
    get stub() {
      return stub;
    },
    route(first: StubProvider = "groq", policy: Partial<StreamPolicy> = {}): StubRoute {
      const config: AiConfig = {
        groq: { apiKey: "test-key", baseURL: `${stub.url}/openai/v1`, model: "llama-3.3-70b-versatile" },
        ollama: { baseURL: stub.url, model: "llama3.2" },
        chain: ["groq", "ollama", "offline"],
        policy: { maxRetries: 1, firstTokenTimeoutMs: 5_000, idleTimeoutMs: 5_000, maxRetryAfterMs: 1_000, ...policy },
        offlineTokenDelayMs: 0,
      };
      const waits: number[] = [];
      const { deps } = createStreamDeps(
        config,
        () => "",
        async (ms) => void waits.push(ms),
      );
      const second: StubProvider = first === "groq" ? "ollama" : "groq";
      return { deps, chain: [stubModelIds[first], stubModelIds[second]], waits };
    },
  };
}
