import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chainFor, type AiConfig } from "@/lib/ai/config";
import { openModelStream, type ModelStream, type StreamDeps } from "@/lib/ai/model-stream";
import { createModelResolver } from "@/lib/ai/providers";
import { CircuitBreaker } from "@/lib/ai/resilience/circuit-breaker";
import { AppError } from "@/lib/errors";
// The stub LLM server, over real HTTP: the real Groq and Ollama provider code runs against it.
import { startStubLlm } from "@/scripts/stub-llm.mjs";

type Stub = Awaited<ReturnType<typeof startStubLlm>>;
let stub: Stub;

beforeAll(async () => {
  stub = await startStubLlm({ tokenDelayMs: 1 });
});
afterAll(() => stub.close());
beforeEach(() => {
  stub.requests.length = 0;
  stub.queue.length = 0;
});

const brief = "<brief>\nJob title: Night Nurse\nCompany: St. Mary\n</brief>";

function setup(overrides: Partial<AiConfig["policy"]> = {}) {
  const config: AiConfig = {
    groq: { apiKey: "test-key", baseURL: `${stub.url}/openai/v1`, model: "llama-3.3-70b-versatile" },
    ollama: { baseURL: stub.url, model: "llama3.2" },
    chain: ["groq", "ollama", "offline"],
    policy: { maxRetries: 2, firstTokenTimeoutMs: 5_000, idleTimeoutMs: 5_000, maxRetryAfterMs: 10_000, ...overrides },
    offlineTokenDelayMs: 0,
  };
  const breakers = new Map<string, CircuitBreaker>();
  const waits: number[] = [];
  const deps: StreamDeps = {
    resolveModel: createModelResolver(config, ({ input }) => `# Offline\n\nDraft for ${(input as { title: string }).title}.`),
    breakerFor: (p) => breakers.get(p) ?? breakers.set(p, new CircuitBreaker(3, 60_000)).get(p)!,
    policy: config.policy,
    sleep: async (ms) => void waits.push(ms),
  };
  const request = { system: "You write job descriptions.", prompt: brief, offline: { task: "job-description", input: { title: "Night Nurse" } } };
  return { config, deps, waits, request, chain: (chosen?: string) => chainFor(config, chosen) };
}

async function readAll(stream: ModelStream) {
  let text = stream.firstDelta;
  let deltas = 1;
  for await (const delta of stream.rest) {
    text += delta;
    deltas++;
  }
  return { text, deltas };
}

const chatRequests = () => stub.requests.filter((r) => r.path !== "/api/tags");

describe("streaming through the providers", () => {
  it("streams from Groq over its OpenAI-compatible SSE", async () => {
    const { deps, request, chain } = setup();
    const stream = await openModelStream(deps, chain(), request);
    const { text, deltas } = await readAll(stream);
    expect(stream.modelId).toBe("groq:llama-3.3-70b-versatile");
    expect(text).toContain("# Night Nurse");
    expect(deltas).toBeGreaterThan(5);
    expect(stream.usage()).toEqual({ inputTokens: 42, outputTokens: expect.any(Number) });
  });

  it("streams from Ollama over NDJSON", async () => {
    const { deps, request, chain } = setup();
    const stream = await openModelStream(deps, chain("ollama:llama3.2"), request);
    const { text } = await readAll(stream);
    expect(stream.provider).toBe("ollama");
    expect(text).toContain("Company: St. Mary");
    expect(chatRequests()).toEqual([expect.objectContaining({ path: "/api/chat", model: "llama3.2" })]);
  });

  it("never shows a reasoning model's <think> block", async () => {
    const { deps, request, chain } = setup();
    const stream = await openModelStream(deps, chain("ollama:deepseek-r1:8b"), request);
    const { text } = await readAll(stream);
    expect(chatRequests()[0]?.mode).toBe("think");
    expect(text).not.toMatch(/think|Considering the brief/);
    expect(text).toContain("# Night Nurse");
  });
});

describe("retries and fallback", () => {
  it("waits for Retry-After on 429, then succeeds on the same model", async () => {
    const { deps, request, chain, waits } = setup();
    stub.queue.push("fail-429");
    const stream = await openModelStream(deps, chain(), request);
    await readAll(stream);
    expect(stream.modelId).toBe("groq:llama-3.3-70b-versatile");
    expect(chatRequests().map((r) => r.mode)).toEqual(["fail-429", "ok"]);
    expect(waits).toEqual([1_000]);
  });

  it("retries 500s with growing backoff, then falls back to the next model in the chain", async () => {
    const { deps, request, chain, waits } = setup();
    stub.queue.push("fail-500", "fail-500", "fail-500");
    const stream = await openModelStream(deps, chain(), request);
    await readAll(stream);
    expect(stream.modelId).toBe("ollama:llama3.2");
    expect(chatRequests().map((r) => `${r.path}:${r.mode}`)).toEqual([
      "/openai/v1/chat/completions:fail-500",
      "/openai/v1/chat/completions:fail-500",
      "/openai/v1/chat/completions:fail-500",
      "/api/chat:ok",
    ]);
    expect(waits).toHaveLength(2);
    expect(waits[1]!).toBeGreaterThan(waits[0]!);
    expect(stream.attempts.map((a) => a.outcome)).toEqual(["HTTP 500", "HTTP 500", "HTTP 500", "answered"]);
  });

  it("treats a dropped connection as retryable", async () => {
    const { deps, request, chain } = setup({ maxRetries: 1 });
    stub.queue.push("reset");
    const stream = await openModelStream(deps, chain("ollama:llama3.2"), request);
    await readAll(stream);
    expect(stream.modelId).toBe("ollama:llama3.2");
    expect(chatRequests().map((r) => r.mode)).toEqual(["reset", "ok"]);
  });

  it("does not retry a 401: a wrong key will not fix itself", async () => {
    const { config, deps, request } = setup();
    const resolveModel = createModelResolver({ ...config, groq: { ...config.groq!, apiKey: "" } }, () => "offline");
    const stream = await openModelStream({ ...deps, resolveModel }, ["groq:llama-3.3-70b-versatile", "offline:draft"], request);
    expect(stream.modelId).toBe("offline:draft");
    expect(stream.attempts[0]?.outcome).toBe("HTTP 401");
    expect(stream.attempts).toHaveLength(2);
  });

  it("moves on when the first token does not come in time", async () => {
    const slow = await startStubLlm({ ttftMs: 3_000 });
    try {
      const { config, deps, request } = setup({ firstTokenTimeoutMs: 200, maxRetries: 0 });
      const resolveModel = createModelResolver({ ...config, ollama: { baseURL: slow.url } }, () => "# Offline answer");
      const stream = await openModelStream({ ...deps, resolveModel }, ["ollama:llama3.2", "offline:draft"], request);
      expect(stream.modelId).toBe("offline:draft");
      expect(stream.attempts[0]?.outcome).toBe("FirstTokenTimeoutError");
    } finally {
      await slow.close();
    }
  });

  it("fails with unavailable:llm when no model in the chain answers", async () => {
    const { deps, request } = setup({ maxRetries: 0 });
    stub.queue.push("fail-500", "fail-500");
    const error = await openModelStream(deps, ["groq:llama-3.3-70b-versatile", "ollama:llama3.2"], request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("unavailable:llm");
  });
});

describe("failures after the first token", () => {
  it("a stream that stalls ends with timeout:llm, keeping what came before", async () => {
    const { deps, request } = setup({ idleTimeoutMs: 300 });
    stub.queue.push("stall");
    const stream = await openModelStream(deps, ["ollama:llama3.2"], request);
    let text = stream.firstDelta;
    const error = await (async () => {
      for await (const delta of stream.rest) text += delta;
    })().catch((e: unknown) => e);
    expect((error as AppError).code).toBe("timeout:llm");
    expect((error as AppError).message).toMatch(/saved: try again/);
    expect(text).toContain("Night");
  });

  it.each(["ollama:llama3.2", "groq:llama-3.3-70b-versatile"])(
    "malformed chunks from %s end the stream with unavailable:llm, keeping what came before",
    async (modelId) => {
      const { deps, request } = setup();
      stub.queue.push("malformed");
      const stream = await openModelStream(deps, [modelId], request);
      let text = stream.firstDelta;
      const error = await (async () => {
        for await (const delta of stream.rest) text += delta;
      })().catch((e: unknown) => e);
      expect((error as AppError).code).toBe("unavailable:llm");
      expect(text.length).toBeGreaterThan(0);
    },
  );
});

describe("a connection that drops after the first tokens", () => {
  it.each(["ollama:llama3.2", "groq:llama-3.3-70b-versatile"])(
    "from %s ends the stream with unavailable:llm, keeping what came before and saying what to do",
    async (modelId) => {
      const { deps, request } = setup();
      stub.queue.push("cut-off");
      const stream = await openModelStream(deps, [modelId, "offline:draft"], request);
      let text = stream.firstDelta;
      const error = await (async () => {
        for await (const delta of stream.rest) text += delta;
      })().catch((e: unknown) => e);
      // Text was already shown, so there is no fallback: the failure keeps it and tells the user how to go on.
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("unavailable:llm");
      expect((error as AppError).message).toMatch(/try again/);
      expect(text).toContain("Night");
      expect(chatRequests().map((r) => r.mode)).toEqual(["cut-off"]);
    },
  );
});

describe("circuit breaker per provider", () => {
  it("skips a failing provider without calling it once its breaker is open", async () => {
    const { deps, request } = setup({ maxRetries: 0 });
    const chain = ["ollama:llama3.2", "offline:draft"];
    for (let i = 0; i < 3; i++) {
      stub.queue.push("fail-500");
      expect((await openModelStream(deps, chain, request)).modelId).toBe("offline:draft");
    }
    expect(chatRequests()).toHaveLength(3);
    const skipped = await openModelStream(deps, chain, request);
    expect(skipped.modelId).toBe("offline:draft");
    expect(skipped.attempts[0]?.outcome).toMatch(/skipped/);
    expect(chatRequests()).toHaveLength(3);
  });
});

describe("offline engine", () => {
  it("streams its draft in many small deltas", async () => {
    const { deps, request } = setup();
    const stream = await openModelStream(deps, ["offline:draft"], request);
    const { text, deltas } = await readAll(stream);
    expect(text).toBe("# Offline\n\nDraft for Night Nurse.");
    const words = text.split(/\s+/).length;
    expect(deltas).toBe(words);
    expect(stream.usage().outputTokens).toBe(words);
  });
});
