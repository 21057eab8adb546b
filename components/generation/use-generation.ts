"use client";

import { useCallback, useRef, useState } from "react";
import { generateDocument, stopGeneration } from "@/app/(app)/tools/actions";
import type { ActionResult } from "@/lib/action-result";
import type { GenerationEvent } from "@/lib/generation/events";
import type { ToolSlug } from "@/lib/tools/registry";

export type GenerationState =
  | { phase: "idle" }
  | { phase: "starting" }
  | { phase: "streaming"; id: string; modelId: string; text: string }
  | { phase: "done"; id: string; modelId: string; text: string; status: "COMPLETE" | "CANCELLED" | "FAILED"; message?: string }
  | { phase: "rejected"; result: Extract<ActionResult<unknown>, { ok: false }> };

/** Runs one generation: calls the action, reads its event stream, and supports Stop. */
export function useGeneration(tool: ToolSlug) {
  const [state, setState] = useState<GenerationState>({ phase: "idle" });
  const reader = useRef<ReadableStreamDefaultReader<GenerationEvent> | null>(null);
  const current = useRef<{ id: string; modelId: string; text: string } | null>(null);

  const start = useCallback(
    async (input: Record<string, unknown>, modelId: string, parentId?: string) => {
      setState({ phase: "starting" });
      current.current = null;
      const result = await generateDocument({ tool, input, modelId, parentId });
      if (!result.ok) return setState({ phase: "rejected", result });
      const events = result.data.events.getReader();
      reader.current = events;
      current.current = { id: result.data.generationId, modelId, text: "" };
      for (;;) {
        const { done, value } = await events.read().catch(() => ({ done: true as const, value: undefined }));
        if (done) break;
        const now = current.current;
        if (value.type === "start") now.modelId = value.modelId;
        else if (value.type === "text") now.text += value.delta;
        else if (value.type === "done") return setState({ phase: "done", id: now.id, modelId: value.modelId, text: now.text, status: value.status });
        else if (value.type === "error")
          return setState({ phase: "done", id: now.id, modelId: now.modelId, text: now.text, status: "FAILED", message: value.message });
        setState({ phase: "streaming", ...now });
      }
      reader.current = null;
    },
    [tool],
  );

  const stop = useCallback(async () => {
    const now = current.current;
    if (!now) return;
    await reader.current?.cancel().catch(() => undefined);
    reader.current = null;
    const result = await stopGeneration({ id: now.id });
    // Show exactly what was saved, which may be a little more than had reached the page.
    const text = result.ok ? result.data.output : now.text;
    const status = result.ok && result.data.status === "COMPLETE" ? "COMPLETE" : "CANCELLED";
    setState({ phase: "done", id: now.id, modelId: (result.ok && result.data.model) || now.modelId, text, status });
  }, []);

  return { state, start, stop };
}
