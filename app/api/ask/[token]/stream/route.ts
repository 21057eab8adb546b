import { createUIMessageStreamResponse } from "ai";
import { followAnswer } from "@/lib/chat/follow-answer";
import { openLink, visitorConversation, visitorFrom } from "@/lib/chat/visitor";
import { getDb } from "@/lib/db/client";
import { readLiveAnswer } from "@/lib/db/queries/conversations";
import { serverDrained } from "@/lib/lifecycle/shutdown";
import { tokenRoute } from "@/lib/security/authed-route";
import { streamHeaders } from "@/lib/http/stream-headers";

/** Reattaches a visitor to the answer being written in their own conversation; 204 when there is none. */
export const GET = tokenRoute(async (request, token) => {
  const db = await getDb();
  const { linkId } = await openLink(db, token);
  const visitor = visitorFrom(request);
  const conversation = visitor.setCookie ? null : await visitorConversation(db, { linkId, secret: visitor.secret });
  const live = conversation?.messages.at(-1);
  if (live?.role !== "ASSISTANT" || live.status !== "STREAMING") return new Response(null, { status: 204 });
  return createUIMessageStreamResponse({
    stream: followAnswer(() => readLiveAnswer(db, { id: live.id }), AbortSignal.any([request.signal, serverDrained])),
    headers: streamHeaders,
  });
});
