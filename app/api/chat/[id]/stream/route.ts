import { createUIMessageStreamResponse } from "ai";
import { followAnswer } from "@/lib/chat/follow-answer";
import { getDb } from "@/lib/db/client";
import { getConversation, readLiveAnswer } from "@/lib/db/queries/conversations";
import { AppError } from "@/lib/errors";
import { authedRoute } from "@/lib/security/authed-route";

/**
 * Reattaches to the answer being written in one of the user's conversations, from any tab or app
 * instance: replays it and follows it to the end. 204 when no answer is being written.
 */
export const GET = authedRoute(async (request, user, context) => {
  const { id } = (await context.params) as { id: string };
  const db = await getDb();
  const conversation = await getConversation(db, { id, owner: { userId: user.id } });
  if (!conversation) throw new AppError("not_found:chat");
  const live = conversation.messages.at(-1);
  if (live?.role !== "ASSISTANT" || live.status !== "STREAMING") return new Response(null, { status: 204 });
  return createUIMessageStreamResponse({ stream: followAnswer(() => readLiveAnswer(db, { id: live.id }), request.signal) });
});
