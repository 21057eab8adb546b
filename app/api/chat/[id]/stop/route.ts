import { activeAnswers } from "@/lib/chat/active-answers";
import { getDb } from "@/lib/db/client";
import { getConversation, stopAnswer } from "@/lib/db/queries/conversations";
import { AppError } from "@/lib/errors";
import { authedRoute } from "@/lib/security/authed-route";

/**
 * Stops the answer being written in one of the user's conversations, keeping what it wrote. The row
 * is marked first, so the instance writing it stops at its next save wherever it runs; this one
 * stops at once.
 */
export const POST = authedRoute(async (_request, user, context) => {
  const { id } = (await context.params) as { id: string };
  const db = await getDb();
  const conversation = await getConversation(db, { id, owner: { userId: user.id } });
  if (!conversation) throw new AppError("not_found:chat");
  const live = conversation.messages.at(-1);
  const stopped = await stopAnswer(db, { conversationId: id, owner: { userId: user.id } });
  if (live) activeAnswers.get(live.id)?.controller.abort();
  return Response.json({ stopped });
});
