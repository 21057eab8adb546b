import "server-only";
import { AppError, type ErrorCode } from "@/lib/errors";
import type { EndedStatus, GenerationEvent } from "@/lib/generation/events";
import { followSaved, type FollowEncoding, type SavedProgress, type Wait } from "@/lib/generation/follow-saved";
import { PROGRESS_INTERVAL_MS } from "@/lib/generation/timers";
import type { GenerationStatus } from "@/lib/generated/prisma/client";

/** A document's row as a reader follows it. */
export type LiveGeneration = {
  id: string;
  output: string;
  status: GenerationStatus;
  updatedAt: Date;
  model: string | null;
  provider: string | null;
  error: string | null;
};

type Followed = LiveGeneration & SavedProgress;

const documentEncoding: FollowEncoding<Followed, GenerationEvent> = {
  opening: (row) => [{ type: "start", generationId: row.id, modelId: row.model ?? "none", provider: row.provider ?? "none" }],
  delta: (delta) => ({ type: "text", delta }),
  ending: (row, status) =>
    status === "FAILED"
      ? // The row keeps only the code; its message is the one the writer's browser was shown.
        [{ type: "error", code: (row.error ?? "unavailable:llm") as ErrorCode, message: new AppError((row.error ?? "unavailable:llm") as ErrorCode).message }]
      : [{ type: "done", status: status as EndedStatus, modelId: row.model ?? "none" }],
};

/** Follows a document being written in this process or another instance, through its saved row, to its end. */
export function followGeneration(read: () => Promise<LiveGeneration | null>, signal: AbortSignal, wait?: Wait): ReadableStream<GenerationEvent> {
  const readFollowed = async () => {
    const row = await read();
    return row ? { ...row, text: row.output } : null;
  };
  return followSaved(readFollowed, documentEncoding, signal, { everyMs: PROGRESS_INTERVAL_MS, wait });
}
