import type { JSONObject, LanguageModelV4, LanguageModelV4CallOptions } from "@ai-sdk/provider";
import { streamText, wrapLanguageModel, type TextStreamPart, type ToolSet } from "ai";
import type { OfflineRequest } from "@/lib/ai/offline/model";
import { CircuitBreaker } from "@/lib/ai/resilience/circuit-breaker";
import { backoffMs, describeError, FirstTokenTimeoutError, isRetryable, retryAfterMs } from "@/lib/ai/resilience/retry";
import { Watchdog } from "@/lib/ai/resilience/watchdog";
import { providerOf } from "@/lib/ai/model-id";
import { AppError } from "@/lib/errors";
import { modelCallTelemetry } from "@/lib/tracing/model-call-telemetry";

export type StreamRequest = {
  system: string;
  prompt: string;
  temperature?: number;
  maxOutputTokens?: number;
  /** Structured output: the provider's JSON mode, with the schema where the provider takes one. */
  responseFormat?: LanguageModelV4CallOptions["responseFormat"];
  offline?: OfflineRequest;
  signal?: AbortSignal;
};

export type StreamPolicy = {
  maxRetries: number;
  firstTokenTimeoutMs: number;
  idleTimeoutMs: number;
  /** A Retry-After longer than this moves on to the next model instead of waiting. */
  maxRetryAfterMs: number;
};

export type StreamDeps = {
  resolveModel: (modelId: string) => LanguageModelV4;
  breakerFor: (provider: string) => CircuitBreaker;
  policy: StreamPolicy;
  sleep?: (ms: number) => Promise<void>;
};

export type Attempt = { modelId: string; outcome: string };
export type TokenUsage = { inputTokens?: number; outputTokens?: number };

export interface ModelStream {
  modelId: string;
  provider: string;
  firstDelta: string;
  /** The rest of the answer; throws AppError on a failure or stall after the first token. */
  rest: AsyncGenerator<string, void>;
  usage: () => TokenUsage;
  attempts: Attempt[];
}

export class CancelledError extends Error {
  constructor() {
    super("Cancelled");
    this.name = "CancelledError";
  }
}

class EmptyAnswerError extends Error {
  constructor() {
    super("The model finished without writing anything");
    this.name = "EmptyAnswerError";
  }
}

const cleanFinishes = new Set(["stop", "length", "content-filter", "tool-calls"]);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type StreamPart = TextStreamPart<ToolSet>;

/** The stream ended on an abort: the watchdog's or the caller's, and the one that fired decides what it means. */
class StreamAbortedError extends Error {
  constructor() {
    super("The stream was aborted");
    this.name = "StreamAbortedError";
  }
}

function usageOf(part: Extract<StreamPart, { type: "finish-step" }>): TokenUsage {
  return { inputTokens: part.usage.inputTokens, outputTokens: part.usage.outputTokens };
}

/**
 * The model, asked for the request's response format on every call. Not streamText's object output:
 * that holds text back until it parses as partial JSON, which would starve the idle watchdog; the
 * caller parses the answer itself.
 */
function withResponseFormat(model: LanguageModelV4, responseFormat: StreamRequest["responseFormat"]): LanguageModelV4 {
  if (!responseFormat) return model;
  return wrapLanguageModel({ model, middleware: { specificationVersion: "v4", transformParams: async ({ params }) => ({ ...params, responseFormat }) } });
}

/** The SDK's event stream for one call to one model: the SDK streams and parses, this module decides. */
function startStream(model: LanguageModelV4, request: StreamRequest, signal: AbortSignal) {
  return streamText({
    model: withResponseFormat(model, request.responseFormat),
    instructions: request.system,
    prompt: request.prompt,
    temperature: request.temperature,
    maxOutputTokens: request.maxOutputTokens,
    providerOptions: request.offline ? { offline: request.offline as unknown as JSONObject } : undefined,
    abortSignal: signal,
    // Retries, fallback and timeouts are done here, per attempt, so the breaker and Retry-After see each failure.
    maxRetries: 0,
    // Failures arrive as error parts and are handled below; the SDK's default handler would print them,
    // and a provider error carries the request body, which holds the user's documents.
    onError: () => undefined,
    telemetry: modelCallTelemetry(request.offline?.task ?? "model-call"),
  }).stream.getReader();
}

/** One call to one model, up to its first text. Resolves with the open stream or throws. */
async function openOnce(model: LanguageModelV4, request: StreamRequest, policy: StreamPolicy) {
  const controller = new AbortController();
  const signal = request.signal ? AbortSignal.any([request.signal, controller.signal]) : controller.signal;
  let reader: ReadableStreamDefaultReader<StreamPart> | undefined;
  const watchdog = new Watchdog(policy.firstTokenTimeoutMs, () => {
    controller.abort();
    void reader?.cancel().catch(() => undefined);
  });
  let usage: TokenUsage = {};
  try {
    reader = startStream(model, request, signal);
    for (;;) {
      const { done, value } = await reader.read();
      if (watchdog.fired) throw new FirstTokenTimeoutError(policy.firstTokenTimeoutMs);
      if (done) throw new EmptyAnswerError();
      if (value.type === "error") throw value.error;
      if (value.type === "abort") throw new StreamAbortedError();
      if (value.type === "finish-step") usage = usageOf(value);
      if (value.type === "reasoning-delta") watchdog.touch();
      if (value.type === "text-delta" && value.text) {
        watchdog.touch(policy.idleTimeoutMs);
        return { firstDelta: value.text, reader, watchdog, controller, getUsage: () => usage, setUsage: (u: TokenUsage) => (usage = u) };
      }
    }
  } catch (error) {
    watchdog.stop();
    controller.abort();
    void reader?.cancel().catch(() => undefined);
    if (request.signal?.aborted) throw new CancelledError();
    throw watchdog.fired ? new FirstTokenTimeoutError(policy.firstTokenTimeoutMs) : error;
  }
}

async function* readRest(
  opened: Awaited<ReturnType<typeof openOnce>>,
  breaker: CircuitBreaker,
  request: StreamRequest,
  policy: StreamPolicy,
): AsyncGenerator<string, void> {
  const { reader, watchdog, controller } = opened;
  let finishedCleanly = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (watchdog.fired)
        throw new AppError(
          "timeout:llm",
          `The model stopped responding for ${Math.round(policy.idleTimeoutMs / 1000)} s. What it wrote so far is saved: try again, or pick another model.`,
        );
      if (done) {
        // Providers end a cut-off stream quietly, with no finish or an "interrupted"/"other" reason.
        if (!finishedCleanly) throw new Error("The stream ended before the model finished");
        return;
      }
      if (value.type === "text-delta") {
        watchdog.touch();
        if (value.text) yield value.text;
      } else if (value.type === "reasoning-delta") watchdog.touch();
      else if (value.type === "finish-step") {
        opened.setUsage(usageOf(value));
        finishedCleanly = cleanFinishes.has(value.finishReason);
      } else if (value.type === "error") throw value.error;
      else if (value.type === "abort") throw new StreamAbortedError();
    }
  } catch (error) {
    if (request.signal?.aborted) throw new CancelledError();
    breaker.recordFailure();
    if (error instanceof AppError) throw error;
    throw new AppError("unavailable:llm", "The model's answer broke off. What it wrote so far is saved; try again.", { cause: error });
  } finally {
    watchdog.stop();
    controller.abort();
    void reader.cancel().catch(() => undefined);
  }
}

/**
 * Streams from the first model in `chain` that answers. Each model gets retries with backoff on
 * 429, 5xx and timeouts; a provider whose breaker is open is skipped; a model that fails before its
 * first token hands over to the next one. After the first token there is no fallback: the text
 * already shown would be mixed with another model's.
 */
export async function openModelStream(deps: StreamDeps, chain: string[], request: StreamRequest): Promise<ModelStream> {
  const sleep = deps.sleep ?? defaultSleep;
  const attempts: Attempt[] = [];
  for (const modelId of chain) {
    const provider = providerOf(modelId);
    const breaker = deps.breakerFor(provider);
    if (!breaker.tryAcquire()) {
      attempts.push({ modelId, outcome: "skipped: provider failing recently" });
      continue;
    }
    let model: LanguageModelV4;
    try {
      model = deps.resolveModel(modelId);
    } catch (error) {
      breaker.recordSuccess(); // a configuration problem says nothing about the provider's health
      attempts.push({ modelId, outcome: describeError(error) });
      continue;
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const opened = await openOnce(model, request, deps.policy);
        breaker.recordSuccess();
        attempts.push({ modelId, outcome: "answered" });
        return {
          modelId,
          provider,
          firstDelta: opened.firstDelta,
          rest: readRest(opened, breaker, request, deps.policy),
          usage: opened.getUsage,
          attempts,
        };
      } catch (error) {
        if (error instanceof CancelledError) throw error;
        attempts.push({ modelId, outcome: describeError(error) });
        const wait = retryAfterMs(error) ?? backoffMs(attempt);
        if (attempt < deps.policy.maxRetries && isRetryable(error) && wait <= deps.policy.maxRetryAfterMs) {
          await sleep(wait);
          if (request.signal?.aborted) throw new CancelledError();
          continue;
        }
        breaker.recordFailure();
        break;
      }
    }
  }
  throw new AppError("unavailable:llm", undefined, { cause: attempts });
}
