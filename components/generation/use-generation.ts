"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { eventLines } from "@/components/generation/event-lines";
import { generateDocument, stopGeneration } from "@/app/(app)/tools/actions";
import type { ActionResult } from "@/lib/action-result";
import type { EndedStatus, GenerationEvent } from "@/lib/generation/events";
import type { ToolSlug } from "@/lib/tools/registry";

export type DoneStatus = EndedStatus | "FAILED";

export type GenerationState =
  | { phase: "idle" }
  | { phase: "starting" }
  | { phase: "streaming"; id: string; modelId: string; text: string }
  | { phase: "done"; id: string; modelId: string; text: string; status: DoneStatus; message?: string }
  | { phase: "rejected"; result: Extract<ActionResult<unknown>, { ok: false }> };

/** A document already in history: one still being written is followed, one that ended is shown as it ended. */
export type ExistingDocument = { id: string; modelId: string; text: string; status: DoneStatus | "STREAMING" };

// A followed stream that breaks off before the document ends (a server restarting, a network change)
// is picked up again through whichever instance answers, a few times.
const REATTACH_TRIES = 10;
const REATTACH_DELAY_MS = 1_000;

type Doc = { id: string; modelId: string; text: string };

function initialState(existing?: ExistingDocument): GenerationState {
  if (!existing) return { phase: "idle" };
  const { status, ...doc } = existing;
  return status === "STREAMING" ? { phase: "streaming", ...doc } : { phase: "done", ...doc, status };
}

/**
 * Runs one generation: calls the action, reads its event stream, and supports Stop. A document
 * already being written (after a reload, in another tab, on another instance) is followed to its
 * end through the server's record of it.
 */
export function useGeneration(tool: ToolSlug, existing?: ExistingDocument) {
  const [state, setState] = useState<GenerationState>(() => initialState(existing));
  const reader = useRef<ReadableStreamDefaultReader<GenerationEvent> | null>(null);
  // The document this page shows; replaced (or emptied by Stop) to let go of the one before.
  const current = useRef<Doc | null>(null);

  /** Reads events into the state; true when the document ended, false when the stream broke off or was let go. */
  const read = useCallback(async (events: ReadableStream<GenerationEvent>, now: Doc) => {
    const { id } = now;
    const own = events.getReader();
    reader.current = own;
    for (;;) {
      const { done, value } = await own.read().catch(() => ({ done: true as const, value: undefined }));
      if (done || current.current !== now) break;
      if (value.type === "start")
        Object.assign(now, { modelId: value.modelId, text: "" }); // a replay starts from the beginning
      else if (value.type === "text") now.text += value.delta;
      else if (value.type === "done") return (setState({ phase: "done", id, modelId: value.modelId, text: now.text, status: value.status }), true);
      else if (value.type === "error")
        return (setState({ phase: "done", id, modelId: now.modelId, text: now.text, status: "FAILED", message: value.message }), true);
      setState({ phase: "streaming", ...now });
    }
    if (reader.current === own) reader.current = null;
    return false;
  }, []);

  /** Follows a document being written, reattaching if the stream breaks off, until it ends or is let go. */
  const follow = useCallback(
    async (now: Doc) => {
      for (let tries = 0; tries < REATTACH_TRIES && current.current === now; tries++) {
        if (tries > 0) await new Promise((resolve) => setTimeout(resolve, REATTACH_DELAY_MS));
        const response = await fetch(`/api/generations/${now.id}/stream`, { cache: "no-store" }).catch(() => null);
        if (current.current !== now) return;
        if (response?.ok && response.body && (await read(eventLines(response.body), now))) return;
      }
    },
    [read],
  );

  const start = useCallback(
    async (input: Record<string, unknown>, modelId: string, parentId?: string) => {
      setState({ phase: "starting" });
      current.current = null;
      const result = await generateDocument({ tool, input, modelId, parentId });
      if (!result.ok) return setState({ phase: "rejected", result });
      const now = { id: result.data.generationId, modelId, text: "" };
      current.current = now;
      if (!(await read(result.data.events, now))) await follow(now);
    },
    [tool, read, follow],
  );

  const stop = useCallback(async () => {
    const now = current.current;
    if (!now) return;
    current.current = null; // lets go of the stream being read, and of any reattaching
    await reader.current?.cancel().catch(() => undefined);
    reader.current = null;
    const result = await stopGeneration({ id: now.id });
    // Show exactly what was saved, which may be a little more than had reached the page.
    const text = result.ok ? result.data.output : now.text;
    const status = result.ok && result.data.status === "COMPLETE" ? "COMPLETE" : "CANCELLED";
    setState({ phase: "done", id: now.id, modelId: (result.ok && result.data.model) || now.modelId, text, status });
  }, []);

  // A document opened while it is being written: follow it from here, until the page goes away.
  const existingId = existing?.status === "STREAMING" ? existing.id : null;
  useEffect(() => {
    if (!existingId) return;
    const now = { id: existingId, modelId: "none", text: "" };
    current.current = now;
    // Follows from a callback: the state changes as events arrive, never during the effect itself.
    void Promise.resolve(now).then(follow);
    return () => {
      if (current.current !== now) return;
      current.current = null;
      void reader.current?.cancel().catch(() => undefined);
    };
  }, [existingId, follow]);

  return { state, start, stop };
}
