import { documentScopeOf } from "@/lib/auth/document-scope";
import { getDb } from "@/lib/db/client";
import { isId } from "@/lib/db/ids";
import { getGenerationInScope, readLiveGeneration } from "@/lib/db/queries/generations";
import { AppError } from "@/lib/errors";
import { followGeneration } from "@/lib/generation/follow-generation";
import { serverDrained } from "@/lib/lifecycle/shutdown";
import { authedRoute } from "@/lib/security/authed-route";

/**
 * Reattaches to a document being written, from any tab or app instance: replays its text and follows
 * it to the end, one JSON event a line. Whoever may read the document in history may follow it.
 */
export const GET = authedRoute(async (request, user, context) => {
  const { id } = (await context.params) as { id: string };
  const db = await getDb();
  // The same check as reading it in history: a document of another organisation is not found.
  const generation = isId(id) ? await getGenerationInScope(db, { id, scope: documentScopeOf(user) }) : null;
  if (!generation) throw new AppError("not_found:generation");
  // Ends with the request, or once this server has drained on shutdown (the browser then reattaches elsewhere).
  const signal = AbortSignal.any([request.signal, serverDrained]);
  const events = followGeneration(() => readLiveGeneration(db, { id }), signal);
  const lines = events.pipeThrough(new TransformStream({ transform: (event, out) => out.enqueue(`${JSON.stringify(event)}\n`) }));
  return new Response(lines.pipeThrough(new TextEncoderStream()), {
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store", "x-accel-buffering": "no" },
  });
});
