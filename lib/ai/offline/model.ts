import type { LanguageModelV4, LanguageModelV4CallOptions, LanguageModelV4StreamPart, LanguageModelV4Usage } from "@ai-sdk/provider";

/** What the offline engine needs to write: the task and the validated form input, not a prompt. */
export type OfflineRequest = { task: string; input: unknown };
export type OfflineDrafter = (request: OfflineRequest) => string;

export const OFFLINE_MODEL_ID = "offline:draft";

function offlineRequestOf(options: LanguageModelV4CallOptions): OfflineRequest {
  const request = options.providerOptions?.offline as OfflineRequest | undefined;
  if (!request || typeof request.task !== "string") throw new Error("The offline engine needs providerOptions.offline = { task, input }");
  return request;
}

function promptChars(options: LanguageModelV4CallOptions): number {
  let chars = 0;
  for (const message of options.prompt) {
    if (typeof message.content === "string") chars += message.content.length;
    else for (const part of message.content) if (part.type === "text") chars += part.text.length;
  }
  return chars;
}

function usageOf(options: LanguageModelV4CallOptions, words: number): LanguageModelV4Usage {
  // Rough, honest estimates: the offline engine has no tokenizer, about four characters a token.
  const input = Math.ceil(promptChars(options) / 4);
  return {
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: words, text: words, reasoning: 0 },
  };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });

/**
 * The built-in engine as an AI SDK LanguageModelV4: deterministic drafts from per-task templates,
 * streamed word by word so the streaming path behaves exactly as with a real model.
 */
export function createOfflineModel({ draft, tokenDelayMs }: { draft: OfflineDrafter; tokenDelayMs: number }): LanguageModelV4 {
  return {
    specificationVersion: "v4",
    provider: "offline",
    modelId: "draft",
    supportedUrls: {},
    async doGenerate(options) {
      const text = draft(offlineRequestOf(options));
      return {
        content: [{ type: "text", text }],
        finishReason: { unified: "stop", raw: "stop" },
        usage: usageOf(options, text.split(/\s+/).length),
        warnings: [],
      };
    },
    async doStream(options) {
      const text = draft(offlineRequestOf(options));
      // Each word with the spaces before it; a run of spaces is read from its start only.
      const words = text.match(/(?<!\s)\s*\S+/g) ?? [];
      const signal = options.abortSignal;
      const stream = new ReadableStream<LanguageModelV4StreamPart>({
        async start(controller) {
          try {
            controller.enqueue({ type: "stream-start", warnings: [] });
            controller.enqueue({ type: "text-start", id: "t0" });
            for (const word of words) {
              if (tokenDelayMs > 0) await sleep(tokenDelayMs, signal);
              controller.enqueue({ type: "text-delta", id: "t0", delta: word });
            }
            const trailing = text.slice(words.join("").length);
            if (trailing) controller.enqueue({ type: "text-delta", id: "t0", delta: trailing });
            controller.enqueue({ type: "text-end", id: "t0" });
            controller.enqueue({ type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage: usageOf(options, words.length) });
            controller.close();
          } catch (error) {
            controller.error(error);
          }
        },
      });
      return { stream };
    },
  };
}
