import { describe, expect, it } from "vitest";
import type { GenerationEvent } from "@/lib/generation/events";
import { followGeneration, type LiveGeneration } from "@/lib/generation/follow-generation";

const row = (output: string, status: LiveGeneration["status"], extra: Partial<LiveGeneration> = {}): LiveGeneration => ({
  id: "doc-1",
  output,
  status,
  updatedAt: new Date(),
  model: "groq:llama-3.3-70b-versatile",
  provider: "groq",
  error: null,
  ...extra,
});

async function follow(rows: (LiveGeneration | null)[], signal = new AbortController().signal) {
  let i = 0;
  const waits: number[] = [];
  const read = async () => rows[Math.min(i++, rows.length - 1)]!;
  const events: GenerationEvent[] = [];
  const reader = followGeneration(read, signal, async (ms) => void waits.push(ms)).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) events.push(r.value);
  return { events, waits, reads: i };
}

const textOf = (events: GenerationEvent[]) => events.flatMap((e) => (e.type === "text" ? [e.delta] : []));

describe("followGeneration", () => {
  it("replays the saved text, then sends only what is new at each read, then how the document ended", async () => {
    const { events, waits } = await follow([row("# Nurse", "STREAMING"), row("# Nurse", "STREAMING"), row("# Nurse\n\nNights.", "COMPLETE")]);
    expect(events[0]).toEqual({ type: "start", generationId: "doc-1", modelId: "groq:llama-3.3-70b-versatile", provider: "groq" });
    expect(textOf(events)).toEqual(["# Nurse", "\n\nNights."]);
    expect(events.at(-1)).toEqual({ type: "done", status: "COMPLETE", modelId: "groq:llama-3.3-70b-versatile" });
    // It waits between reads while the document is written, and not after the end.
    expect(waits).toHaveLength(2);
  });

  it("says a document stopped elsewhere was cancelled, keeping its text", async () => {
    const { events } = await follow([row("Half", "STREAMING"), row("Half a", "CANCELLED")]);
    expect(textOf(events)).toEqual(["Half", " a"]);
    expect(events.at(-1)).toMatchObject({ type: "done", status: "CANCELLED" });
  });

  it("ends a document whose writer went silent long ago as interrupted", async () => {
    const { events } = await follow([row("Half", "STREAMING", { updatedAt: new Date(Date.now() - 5 * 60_000) })]);
    expect(textOf(events)).toEqual(["Half"]);
    expect(events.at(-1)).toMatchObject({ type: "done", status: "INTERRUPTED" });
  });

  it("turns a failed document into the error its writer's browser was shown", async () => {
    const { events } = await follow([row("Some", "FAILED", { error: "timeout:llm" })]);
    expect(events.at(-1)).toEqual({ type: "error", code: "timeout:llm", message: "The AI model stopped responding. What it wrote so far is saved." });
  });

  it("names no model before one has answered", async () => {
    const { events } = await follow([row("", "STREAMING", { model: null, provider: null }), row("Hi", "COMPLETE")]);
    expect(events[0]).toMatchObject({ type: "start", modelId: "none", provider: "none" });
  });

  it("stops quietly when the document is deleted, or the reader goes away", async () => {
    expect((await follow([row("Half", "STREAMING"), null])).events.some((e) => e.type === "done")).toBe(false);
    const gone = new AbortController();
    gone.abort();
    const { events, reads } = await follow([row("Half", "STREAMING")], gone.signal);
    expect(events).toEqual([]);
    expect(reads).toBe(0);
  });
});
