import { activeAnswers } from "@/lib/chat/active-answers";
import { openLink, visitorConversation, visitorFrom } from "@/lib/chat/visitor";
import { visitorKeyOf } from "@/lib/chat/share-token";
import { getDb } from "@/lib/db/client";
import { stopAnswer } from "@/lib/db/queries/conversations";
import { tokenRoute } from "@/lib/security/authed-route";

/** Stops the answer being written in the visitor's own conversation, keeping what it wrote. */
export const POST = tokenRoute(async (request, token) => {
  const db = await getDb();
  const { linkId } = await openLink(db, token);
  const visitor = visitorFrom(request);
  const conversation = visitor.setCookie ? null : await visitorConversation(db, { linkId, secret: visitor.secret });
  if (!conversation) return Response.json({ stopped: false });
  const stopped = await stopAnswer(db, { conversationId: conversation.id, owner: { shareLinkId: linkId, visitorKey: visitorKeyOf(visitor.secret) } });
  const live = conversation.messages.at(-1);
  if (live) activeAnswers.get(live.id)?.controller.abort();
  return Response.json({ stopped });
});
