import type { UIMessage, UIMessageChunk } from "ai";
import type { AnswerKind } from "@/lib/chat/answer";
import type { AnswerChecks } from "@/lib/chat/stored-answer";

/** How an answer ended. STREAMING while it is written; the others as stored (see GenerationStatus). */
export type AnswerStatus = "STREAMING" | "COMPLETE" | "CANCELLED" | "FAILED" | "INTERRUPTED";

/** Sent once an answer is complete, stopped or failed: what it is, what it cites, and how it ended. */
export type AnswerData = { kind: AnswerKind | null; checks: AnswerChecks; status: AnswerStatus; model: string | null; message?: string };

/** A chat message as the AI SDK UI carries it: text parts, then one `data-answer` part on answers. */
export type ChatMessage = UIMessage<never, { answer: AnswerData }>;
export type ChatChunk = UIMessageChunk<never, { answer: AnswerData }>;

/** The one text part of an answer stream. */
export const answerTextPartId = "answer";
