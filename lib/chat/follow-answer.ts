import "server-only";
import { asAnswerKind } from "@/lib/chat/answer";
import { PROGRESS_INTERVAL_MS } from "@/lib/chat/timers";
import { answerTextPartId, type AnswerStatus, type ChatChunk } from "@/lib/chat/ui-message";
import type { StoredMessage } from "@/lib/db/queries/conversations";

/** A STREAMING answer silent for this long was left by an instance that died; the sweep will mark it. */
const ABANDONED_AFTER_MS = 60_000;

type Read = () => Promise<StoredMessage | null>;
type Wait = (ms: number, signal: AbortSignal) => Promise<void>;

const realWait: Wait = (ms, signal) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Follows an answer being written anywhere (this process, another instance) through its saved row:
 * replays what is saved, then sends the new text as it is saved, until the answer ends. This is what a
 * reload, a second tab or another instance gets; it needs only Postgres. The replay starts with the
 * answer's `start` chunk, so the browser rebuilds the message from it rather than appending.
 */
export function followAnswer(read: Read, signal: AbortSignal, wait: Wait = realWait): ReadableStream<ChatChunk> {
  return new ReadableStream<ChatChunk>({
    async start(controller) {
      let sent = 0;
      let first = true;
      try {
        while (!signal.aborted) {
          const row = await read();
          if (!row) break;
          if (first) {
            controller.enqueue({ type: "start", messageId: row.id });
            controller.enqueue({ type: "text-start", id: answerTextPartId });
            first = false;
          }
          if (row.text.length > sent) {
            controller.enqueue({ type: "text-delta", id: answerTextPartId, delta: row.text.slice(sent) });
            sent = row.text.length;
          }
          const abandoned = row.status === "STREAMING" && Date.now() - row.updatedAt.getTime() > ABANDONED_AFTER_MS;
          if (row.status !== "STREAMING" || abandoned) {
            const status: AnswerStatus = abandoned ? "INTERRUPTED" : row.status;
            controller.enqueue({ type: "text-end", id: answerTextPartId });
            controller.enqueue({ type: "data-answer", data: { kind: asAnswerKind(row.kind), checks: row.checks, status, model: row.model } });
            controller.enqueue({ type: "finish" });
            break;
          }
          await wait(PROGRESS_INTERVAL_MS, signal);
        }
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
}
