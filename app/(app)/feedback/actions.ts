"use server";

import { documentScopeOf } from "@/lib/auth/document-scope";
import { getDb } from "@/lib/db/client";
import { getGenerationInScope } from "@/lib/db/queries/generations";
import { AppError } from "@/lib/errors";
import { openOwnConversation } from "@/lib/chat/own-conversation";
import { conversationOfOwnFinishedAnswer, saveFeedback } from "@/lib/feedback/queries";
import { feedbackInputSchema } from "@/lib/feedback/schema";
import { authedAction } from "@/lib/security/authed-action";

/**
 * Rates a document the person may read, or an answer in their own conversation: one rating per person
 * and item, replaced when they rate again.
 */
export const rateItem = authedAction(feedbackInputSchema, async ({ target, id, rating, reason }, user) => {
  const db = await getDb();
  if (target === "document") {
    const document = await getGenerationInScope(db, { id, scope: documentScopeOf(user) });
    if (!document) throw new AppError("not_found:generation");
    if (document.status === "STREAMING") throw new AppError("conflict:generation", "This document is still being written. Rate it once it is done.");
    // A saved edit is the person's own text: ratings are of what a model wrote.
    if (document.provider === "edit") throw new AppError("bad_request:input", "Only documents a model wrote can be rated; rate the version it wrote.");
    return saveFeedback(db, { userId: user.id, target: { generationId: id }, rating, reason });
  }
  const conversationId = await conversationOfOwnFinishedAnswer(db, { userId: user.id, messageId: id });
  if (!conversationId) throw new AppError("not_found:chat", "This answer does not exist, is not in your conversation, or is still being written.");
  // The same check as reading the conversation: someone who left an organisation loses its candidates' CVs.
  await openOwnConversation(db, user, conversationId);
  return saveFeedback(db, { userId: user.id, target: { messageId: id }, rating, reason });
});
