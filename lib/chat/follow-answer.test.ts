import { describe, expect, it } from "vitest";
import { followAnswer } from "@/lib/chat/follow-answer";
import type { ChatChunk } from "@/lib/chat/ui-message";
import type { StoredMessage } from "@/lib/db/queries/conversations";

const row = (text: string, status: StoredMessage["status"], updatedAt = new Date()): StoredMessage => ({
  id: "answer-1",
  role: "ASSISTANT",
  text,
  status,
  kind: status === "COMPLETE" ? "answer" : null,
  checks: { citations: [], unchecked: [] },
  model: "groq:llama-3.3-70b-versatile",
  ttftMs: 10,
  error: null,
  createdAt: updatedAt,
  updatedAt,
});

async function follow(rows: (StoredMessage | null)[]): Promise<ChatChunk[]> {
  let i = 0;
  const read = async () => rows[Math.min(i++, rows.length - 1)]!;
  const chunks: ChatChunk[] = [];
  const reader = followAnswer(read, new AbortController().signal, async () => undefined).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  return chunks;
}

const deltas = (chunks: ChatChunk[]) => chunks.flatMap((c) => (c.type === "text-delta" ? [c.delta] : []));

describe("followAnswer", () => {
  it("sends only what is new at each read, then how the answer ended", async () => {
    const chunks = await follow([row("One", "STREAMING"), row("One", "STREAMING"), row("One two", "STREAMING"), row("One two three", "COMPLETE")]);
    expect(deltas(chunks)).toEqual(["One", " two", " three"]);
    expect(chunks.at(-2)).toMatchObject({ type: "data-answer", data: { status: "COMPLETE", kind: "answer" } });
    expect(chunks.at(-1)).toEqual({ type: "finish" });
  });

  it("ends an answer whose writer went silent long ago as interrupted, keeping its text", async () => {
    const chunks = await follow([row("Half", "STREAMING", new Date(Date.now() - 5 * 60_000))]);
    expect(deltas(chunks)).toEqual(["Half"]);
    expect(chunks.find((c) => c.type === "data-answer")).toMatchObject({ data: { status: "INTERRUPTED" } });
  });

  it("stops quietly when the answer is gone (the question was edited or the conversation deleted)", async () => {
    const chunks = await follow([row("Half", "STREAMING"), null]);
    expect(deltas(chunks)).toEqual(["Half"]);
    expect(chunks.some((c) => c.type === "data-answer")).toBe(false);
  });
});
