import { createUIMessageStreamResponse } from "ai";
import { followAnswer } from "@/lib/chat/follow-answer";
import { openOwnConversation } from "@/lib/chat/own-conversation";
import { getDb } from "@/lib/db/client";
import { readLiveAnswer } from "@/lib/db/queries/conversations";
import { serverDrained } from "@/lib/lifecycle/shutdown";
import { authedRoute } from "@/lib/security/authed-route";
import { streamHeaders } from "@/lib/http/stream-headers";

/**
 * Reattaches to the answer being written in one of the user's conversations, from any tab or app
 * instance: replays it and follows it to the end. 204 when no answer is being written.
 */
export const GET = authedRoute(async (request, user, context) => {
  const { id } = (await context.params) as { id: string };
  const db = await getDb();
  // The same check as asking: the conversation is the user's, and its CV is still theirs to read.
  const { conversation } = await openOwnConversation(db, user, id);
  const live = conversation.messages.at(-1);
  if (live?.role !== "ASSISTANT" || live.status !== "STREAMING") return new Response(null, { status: 204 });
  return createUIMessageStreamResponse({
    stream: followAnswer(() => readLiveAnswer(db, { id: live.id }), AbortSignal.any([request.signal, serverDrained])),
    headers: streamHeaders,
  });
});
