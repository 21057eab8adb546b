import "server-only";
import type { GenerationStatus } from "@/lib/generated/prisma/client";

/** What a follower reads of a row being written: the text saved so far, its status, and when it was last saved. */
export type SavedProgress = { text: string; status: GenerationStatus; updatedAt: Date };

/** How one kind of stream (a document, a chat answer) speaks to its browser. */
export type FollowEncoding<Row extends SavedProgress, Chunk> = {
  /** Sent once, with the first row read: the browser rebuilds from it rather than appending. */
  opening: (row: Row) => Chunk[];
  delta: (text: string) => Chunk;
  /** Sent once, when the row has ended; `status` is INTERRUPTED for a row its writer abandoned. */
  ending: (row: Row, status: GenerationStatus) => Chunk[];
};

export type Wait = (ms: number, signal: AbortSignal) => Promise<void>;

/** A row still STREAMING but silent this long was left by an instance that died; the sweep will mark it. */
export const ABANDONED_AFTER_MS = 60_000;

const realWait: Wait = (ms, signal) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Follows something being written anywhere (this process, another instance) through its saved row:
 * replays what is saved, then sends the new text as it is saved, until it ends. This is what a reload,
 * a second tab or another instance gets; it needs only Postgres, read every `everyMs` (the writer's
 * save interval, so reading faster would find nothing new). Ends quietly when the row is gone or
 * `signal` aborts (the browser left, or this server is shutting down).
 */
export function followSaved<Row extends SavedProgress, Chunk>(
  read: () => Promise<Row | null>,
  encoding: FollowEncoding<Row, Chunk>,
  signal: AbortSignal,
  { everyMs, wait = realWait }: { everyMs: number; wait?: Wait },
): ReadableStream<Chunk> {
  return new ReadableStream<Chunk>({
    async start(controller) {
      const send = (chunks: Chunk[]) => chunks.forEach((chunk) => controller.enqueue(chunk));
      let sent = 0;
      let first = true;
      try {
        while (!signal.aborted) {
          const row = await read();
          if (!row) break;
          if (first) send(encoding.opening(row));
          first = false;
          if (row.text.length > sent) {
            controller.enqueue(encoding.delta(row.text.slice(sent)));
            sent = row.text.length;
          }
          const abandoned = row.status === "STREAMING" && Date.now() - row.updatedAt.getTime() > ABANDONED_AFTER_MS;
          if (row.status !== "STREAMING" || abandoned) {
            send(encoding.ending(row, abandoned ? "INTERRUPTED" : row.status));
            break;
          }
          await wait(everyMs, signal);
        }
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
}
