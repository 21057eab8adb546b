import "server-only";
import { z } from "zod";
import type { ChatTurn } from "@/lib/chat/answer";
import { questionLimit } from "@/lib/chat/question-limit";
import { startAnswer, type AnswerContext } from "@/lib/chat/run-answer";
import type { ChatChunk } from "@/lib/chat/ui-message";
import type { Profile } from "@/lib/cv/profile";
import { addQuestion, type ConversationOwner, type StoredMessage } from "@/lib/db/queries/conversations";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { assertAcceptingWork } from "@/lib/lifecycle/shutdown";
import { boundedText } from "@/lib/security/text-limits";

// Ids the browser gives its messages (the AI SDK's generateId): letters, digits, - and _.
const messageId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[\w-]+$/, "This message id is not valid.");

/** What the chat page sends: a new question, an edit of the last one (`messageId`), or a request to answer the last one again. */
export const askBodySchema = z.discriminatedUnion("trigger", [
  z.object({
    trigger: z.literal("submit-message"),
    question: z.object({ id: messageId, text: boundedText(questionLimit, "A question", "Ask it in fewer words.").pipe(z.string().min(1, "Type a question.")) }),
    messageId: messageId.optional(),
  }),
  z.object({ trigger: z.literal("regenerate-message") }),
]);
export type AskBody = z.infer<typeof askBodySchema>;

/** Earlier questions paired with their answers, for follow-ups. */
export function turnsOf(messages: StoredMessage[]): ChatTurn[] {
  const turns: ChatTurn[] = [];
  for (let i = 0; i < messages.length; i++) {
    const question = messages[i]!;
    const answer = messages[i + 1];
    if (question.role !== "USER" || answer?.role !== "ASSISTANT") continue;
    turns.push({ question: question.text, answer: answer.text, citations: answer.checks.citations.map((c) => c.line) });
    i++;
  }
  return turns;
}

type Ask = {
  db: PrismaClient;
  /** The conversation as loaded by the caller's ownership check, with its messages. */
  conversation: { id: string; messages: StoredMessage[] };
  owner: ConversationOwner;
  body: AskBody;
  cv: { text: string; profile: Profile };
  job: AnswerContext["job"];
};

/**
 * Saves the question (before any model is called) and starts its answer. The earlier turns come from
 * the messages already loaded, so nothing is read twice on the way to the first token.
 */
export async function askQuestion({ db, conversation, owner, body, cv, job }: Ask): Promise<ReadableStream<ChatChunk>> {
  assertAcceptingWork("chat");
  const { messages } = conversation;
  let question: { id: string; text: string };
  let from: number;
  if (body.trigger === "regenerate-message") {
    from = messages.findLastIndex((m) => m.role === "USER");
    if (from < 0) throw new AppError("bad_request:input", "There is no question to answer again. Ask one.");
    question = messages[from]!;
  } else {
    question = body.question;
    from = body.messageId ? messages.findIndex((m) => m.id === body.messageId && m.role === "USER") : messages.length;
    if (from < 0) throw new AppError("bad_request:input", "The question you edited is no longer in this conversation. Ask it again.");
  }
  const earlier = messages.slice(0, from);
  const saved = await addQuestion(db, {
    conversationId: conversation.id,
    owner,
    questionId: question.id,
    text: question.text,
    deleting: messages.slice(from).map((m) => m.id),
    first: earlier.length === 0,
  }).catch((error: unknown) => {
    // The browser names its questions; one sent twice (a double click, a replay) is refused, not a failure.
    if (isUniqueViolation(error)) throw new AppError("conflict:chat", "This question was already sent. Reload the page to see its answer.");
    throw error;
  });
  if (!saved) throw new AppError("not_found:chat");
  return startAnswer({ answerId: saved.answerId, question: question.text, turns: turnsOf(earlier), cv, job });
}
