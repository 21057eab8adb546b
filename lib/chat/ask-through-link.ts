import "server-only";
import { createUIMessageStreamResponse } from "ai";
import { askBodySchema, askQuestion } from "@/lib/chat/ask-question";
import { openLink, visitorConversationOrNew, visitorFrom } from "@/lib/chat/visitor";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { clientAddressOf } from "@/lib/security/client-ip";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { streamHeaders } from "@/lib/http/stream-headers";

/**
 * A visitor's question through an "Ask my CV" link. Answered only from that CV; limited per address
 * and per link, so one visitor cannot run up the owner's model bill or drown the link. The answer is
 * the AI SDK's UI message stream, with the visitor's cookie on their first question.
 */
export async function askThroughLink(request: Request, token: string): Promise<Response> {
  const body = askBodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) throw new AppError("bad_request:input", body.error.issues[0]?.message ?? "Type a question.");
  const db = await getDb();
  const { linkId, cv } = await openLink(db, token);
  const address = clientAddressOf(request.headers);
  if (address) await consumeRateLimit("ask-address", address);
  await consumeRateLimit("ask-link", linkId);
  const visitor = visitorFrom(request);
  const { owner, conversation } = await visitorConversationOrNew(db, { linkId, cvId: cv.id, secret: visitor.secret });
  const stream = await askQuestion({ db, conversation, owner, body: body.data, cv, job: null });
  return createUIMessageStreamResponse({ stream, headers: visitor.setCookie ? { ...streamHeaders, "set-cookie": visitor.setCookie } : streamHeaders });
}
