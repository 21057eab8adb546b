import { activeAnswers } from "@/lib/chat/active-answers";
import { openOwnConversation } from "@/lib/chat/own-conversation";
import { getDb } from "@/lib/db/client";
import { stopAnswer } from "@/lib/db/queries/conversations";
import { authedRoute } from "@/lib/security/authed-route";

/**
 * Stops the answer being written in one of the user's conversations, keeping what it wrote. The row
 * is marked first, so the instance writing it stops at its next save wherever it runs; this one
 * stops at once.
 */
export const POST = authedRoute(async (_request, user, context) => {
  const { id } = (await context.params) as { id: string };
  const db = await getDb();
  // The same check as asking: the conversation is the user's, and its CV is still theirs to read.
  const { conversation } = await openOwnConversation(db, user, id);
  const live = conversation.messages.at(-1);
  const stopped = await stopAnswer(db, { conversationId: id, owner: { userId: user.id } });
  if (live) activeAnswers.get(live.id)?.controller.abort();
  return Response.json({ stopped });
});
