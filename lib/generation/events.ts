import type { ErrorCode } from "@/lib/errors";

/** How a document ended without an error: written to the end, stopped by its author, or cut off by a server restart. */
export type EndedStatus = "COMPLETE" | "CANCELLED" | "INTERRUPTED";

/** What the browser receives while a document is written. Text arrives in coalesced chunks. */
export type GenerationEvent =
  | { type: "start"; generationId: string; modelId: string; provider: string }
  | { type: "text"; delta: string }
  | { type: "done"; status: EndedStatus; modelId: string }
  | { type: "error"; code: ErrorCode; message: string };
