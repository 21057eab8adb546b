import { createUIMessageStreamResponse } from "ai";
import { askBodySchema, askQuestion } from "@/lib/chat/ask-question";
import { openOwnConversation } from "@/lib/chat/own-conversation";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { authedRoute } from "@/lib/security/authed-route";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { streamHeaders } from "@/lib/http/stream-headers";

/** Asks a question in one of the user's conversations; answers with the AI SDK's UI message stream. */
export const POST = authedRoute(
  async (request, user, context) => {
    const { id } = (await context.params) as { id: string };
    const body = askBodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) throw new AppError("bad_request:input", body.error.issues[0]?.message ?? "Type a question.");
    const db = await getDb();
    const { conversation, cv, job } = await openOwnConversation(db, user, id);
    await consumeRateLimit("chat", user.id);
    const stream = await askQuestion({ db, conversation, owner: { userId: user.id }, body: body.data, cv, job });
    return createUIMessageStreamResponse({ stream, headers: streamHeaders });
  },
  { maxBodyBytes: 32 * 1024 },
);
