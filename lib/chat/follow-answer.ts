import "server-only";
import { asAnswerKind } from "@/lib/chat/answer";
import { PROGRESS_INTERVAL_MS } from "@/lib/chat/timers";
import { answerTextPartId, type AnswerStatus, type ChatChunk } from "@/lib/chat/ui-message";
import type { StoredMessage } from "@/lib/db/queries/conversations";
import { followSaved, type FollowEncoding, type Wait } from "@/lib/generation/follow-saved";

const answerEncoding: FollowEncoding<StoredMessage, ChatChunk> = {
  // The replay starts with the answer's `start` chunk, so the browser rebuilds the message from it rather than appending.
  opening: (row) => [
    { type: "start", messageId: row.id },
    { type: "text-start", id: answerTextPartId },
  ],
  delta: (delta) => ({ type: "text-delta", id: answerTextPartId, delta }),
  ending: (row, status) => [
    { type: "text-end", id: answerTextPartId },
    { type: "data-answer", data: { kind: asAnswerKind(row.kind), checks: row.checks, status: status as AnswerStatus, model: row.model } },
    { type: "finish" },
  ],
};

/** Follows an answer being written in this process or another instance, through its saved row, to its end. */
export function followAnswer(read: () => Promise<StoredMessage | null>, signal: AbortSignal, wait?: Wait): ReadableStream<ChatChunk> {
  return followSaved(read, answerEncoding, signal, { everyMs: PROGRESS_INTERVAL_MS, wait });
}
