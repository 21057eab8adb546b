"use server";

import { z } from "zod";
import { DEFAULT_OLLAMA_MODEL } from "@/lib/ai/config";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { GenerationEvent } from "@/lib/generation/events";
import { publicAction } from "@/lib/security/authed-action";

/**
 * The framework's own floor for streaming a document, measured by `npm run bench:stream` beside the
 * real generation: a server action that only relays an Ollama server's tokens as the same events a
 * generation sends, through the same Next server, with no session, database, prompt, retries or AI
 * SDK. Answers only when BENCH_STREAM_FLOOR=on, so a deployed app offers no unauthenticated model call.
 */
export const streamFloor = publicAction(z.object({ prompt: z.string().max(200) }), async ({ prompt }) => {
  const { BENCH_STREAM_FLOOR, OLLAMA_BASE_URL, OLLAMA_MODEL } = getEnv();
  if (BENCH_STREAM_FLOOR !== "on" || !OLLAMA_BASE_URL) throw new AppError("forbidden:auth");
  const model = OLLAMA_MODEL ?? DEFAULT_OLLAMA_MODEL;
  const response = await fetch(`${OLLAMA_BASE_URL}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model, stream: true, messages: [{ role: "user", content: prompt }] }),
  });
  if (!response.ok || !response.body) throw new AppError("unavailable:llm");
  return { events: ollamaLinesToEvents(response.body, `ollama:${model}`) };
});

/** Ollama's NDJSON lines ({"message":{"content"},"done"}) as generation events, one text event per line. */
function ollamaLinesToEvents(body: ReadableStream<Uint8Array>, modelId: string): ReadableStream<GenerationEvent> {
  let buffered = "";
  return body.pipeThrough<string>(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>).pipeThrough(
    new TransformStream<string, GenerationEvent>({
      start: (controller) => controller.enqueue({ type: "start", generationId: "floor", modelId, provider: "ollama" }),
      transform(chunk, controller) {
        buffered += chunk;
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines.filter(Boolean)) {
          const parsed = JSON.parse(line) as { message?: { content?: string }; done?: boolean };
          if (parsed.message?.content) controller.enqueue({ type: "text", delta: parsed.message.content });
          if (parsed.done) controller.enqueue({ type: "done", status: "COMPLETE", modelId });
        }
      },
    }),
  );
}
