import "server-only";
import { documentScopeOf } from "@/lib/auth/document-scope";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getGenerationInScope } from "@/lib/db/queries/generations";
import { AppError } from "@/lib/errors";
import type { GenerationEvent } from "@/lib/generation/events";
import { toDocument } from "@/lib/api/document-view";
import { json } from "@/lib/api/request";

/**
 * A document being written, as Server-Sent Events: one `event:` per generation event (start, text,
 * done, error) with its JSON as `data:`. The document is written and saved whether or not the
 * client keeps reading.
 */
export function generationEventStream(events: ReadableStream<GenerationEvent>): Response {
  const encoder = new TextEncoder();
  const body = events.pipeThrough(
    new TransformStream<GenerationEvent, Uint8Array>({
      transform(event, controller) {
        controller.enqueue(encoder.encode(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`));
      },
    }),
  );
  return new Response(body, {
    status: 200,
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", "x-accel-buffering": "no" },
  });
}

/** Waits for the document to be finished, then answers with it as saved; a failure answers with its error. */
export async function finishedDocument(events: ReadableStream<GenerationEvent>, generationId: string, user: SessionUser): Promise<Response> {
  const reader = events.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    if (next.value.type === "error") throw new AppError(next.value.code, next.value.message);
  }
  const row = await getGenerationInScope(await getDb(), { id: generationId, scope: documentScopeOf(user) });
  if (!row) throw new AppError("not_found:generation");
  return json(toDocument(row), 201);
}
