import { randomUUID } from "node:crypto";
import { apiRoute } from "@/lib/api/key-route";
import { json, jsonBody } from "@/lib/api/request";
import { chatRequest } from "@/lib/api/schemas";
import { askQuestion } from "@/lib/chat/ask-question";
import { openOwnConversation } from "@/lib/chat/own-conversation";
import { getReadableCv } from "@/lib/cv/readable-cv";
import { getDb } from "@/lib/db/client";
import { createConversation, getConversation } from "@/lib/db/queries/conversations";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/security/rate-limit";

/**
 * Asks the resume chat about a CV and answers when the answer is complete, with the CV lines it cites.
 * The question and answer are kept in a conversation the owner also sees in the app.
 */
export const POST = apiRoute({ scope: "chat", maxBodyBytes: 32 * 1024 }, async (request, { user }) => {
  const { cvId, question, conversationId } = await jsonBody(request, chatRequest);
  const db = await getDb();
  const owner = { userId: user.id };
  let id = conversationId;
  if (!id) {
    const cv = await getReadableCv(db, user, cvId);
    if (!cv) throw new AppError("not_found:cv");
    id = (await createConversation(db, { owner, cvId, title: `About ${cv.name}` })).id;
  }
  const { conversation, cv, job } = await openOwnConversation(db, user, id);
  if (conversation.cvId !== cvId) throw new AppError("bad_request:input", "conversationId: this conversation is about another CV.");
  await consumeRateLimit("chat", user.id);
  const stream = await askQuestion({ db, conversation, owner, body: { trigger: "submit-message", question: { id: randomUUID(), text: question } }, cv, job });
  const reader = stream.getReader();
  while (!(await reader.read()).done) {
    // The answer is saved as it streams; waiting for the end is all that is needed here.
  }
  const answer = (await getConversation(db, { id, owner }))?.messages.findLast((m) => m.role === "ASSISTANT");
  if (!answer) throw new AppError("not_found:chat");
  if (answer.status === "FAILED") throw new AppError("unavailable:llm");
  return json({
    conversationId: id,
    answer: answer.text,
    status: answer.status,
    model: answer.model,
    citations: answer.checks.citations,
    unchecked: answer.checks.unchecked,
  });
});
