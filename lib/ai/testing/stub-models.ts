import { afterAll, beforeAll, beforeEach } from "vitest";
import type { AiConfig } from "@/lib/ai/config";
import { createModelResolver } from "@/lib/ai/providers";
// The stub LLM server, over real HTTP: the real Groq and Ollama provider code runs against it.
import { startStubLlm } from "@/scripts/stub-llm.mjs";

type Stub = Awaited<ReturnType<typeof startStubLlm>>;

/**
 * Starts the stub LLM server for a test file and empties its queue before each test. `model()`
 * gives the app's real Groq or Ollama model pointed at the stub.
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
    model(provider: "groq" | "ollama" = "groq") {
      const config: AiConfig = {
        groq: { apiKey: "test-key", baseURL: `${stub.url}/openai/v1`, model: "llama-3.3-70b-versatile" },
        ollama: { baseURL: stub.url, model: "llama3.2" },
        chain: ["groq", "ollama", "offline"],
        policy: { maxRetries: 0, firstTokenTimeoutMs: 5_000, idleTimeoutMs: 5_000, maxRetryAfterMs: 1_000 },
        offlineTokenDelayMs: 0,
      };
      return createModelResolver(config, () => "")(provider === "groq" ? "groq:llama-3.3-70b-versatile" : "ollama:llama3.2");
    },
  };
}
