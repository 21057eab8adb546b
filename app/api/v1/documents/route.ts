import { apiRoute } from "@/lib/api/key-route";
import { finishedDocument, generationEventStream } from "@/lib/api/generation-response";
import { jsonBody } from "@/lib/api/request";
import { createDocumentBody } from "@/lib/api/schemas";
import { runGeneration } from "@/lib/generation/run-generation";
import { clientAddressOf } from "@/lib/security/client-ip";
import { consumeUserAndAddress } from "@/lib/security/rate-limit";
import type { ToolSlug } from "@/lib/tools/registry";

/** Writes a document with an HR tool: the finished document as JSON, or its events as they come with `Accept: text/event-stream`. */
export const POST = apiRoute({ scope: "documents", roles: ["HR", "ADMIN"] }, async (request, { user }) => {
  const { tool, input, modelId } = await jsonBody(request, createDocumentBody);
  // The same per-user budget as writing in the app: a key adds no capacity to its owner's account.
  await consumeUserAndAddress("generation", user.id, clientAddressOf(request.headers));
  const { generationId, events } = await runGeneration({ tool: tool as ToolSlug, input, user, modelId });
  if ((request.headers.get("accept") ?? "").includes("text/event-stream")) return generationEventStream(events);
  return finishedDocument(events, generationId, user);
});
