import type { ErrorCode } from "@/lib/errors";

/** What the browser receives while a document is written. Text arrives in coalesced chunks. */
export type GenerationEvent =
  | { type: "start"; generationId: string; modelId: string; provider: string }
  | { type: "text"; delta: string }
  | { type: "done"; status: "COMPLETE" | "CANCELLED"; modelId: string }
  | { type: "error"; code: ErrorCode; message: string };
