import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAtTestDoubles } from "@/lib/ai/testing/app-environment";
import { withStubLlm } from "@/lib/ai/testing/stub-models";
import type { SessionUser } from "@/lib/auth/session";
import type { GenerationEvent } from "@/lib/generation/events";
import type { GenerationTimers } from "@/lib/generation/timers";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { jobDescriptionDefaults } from "@/lib/tools/job-description/schema";

// The database refuses the spine's next `refuseWrites` writes, as if it had gone away.
let refuseWrites = 0;
vi.mock("@/lib/db/queries/generations", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/db/queries/generations")>();
  const unlessAway =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    (...args: A) =>
      refuseWrites > 0 ? (refuseWrites--, Promise.reject(new Error("Can't reach database server"))) : write(...args);
  return { ...real, saveGenerationProgress: unlessAway(real.saveGenerationProgress), finishGeneration: unlessAway(real.finishGeneration) };
});

// The spine end to end: the real runtime over HTTP to the stub LLM, writing to a migrated in-memory
// PGlite through the app's own getDb(). Both read the environment once, so it is set before import.
const llm = withStubLlm();
let spine: typeof import("@/lib/generation/run-generation");
let registry: typeof import("@/lib/generation/active");
let db: PrismaClient;
let user: SessionUser;

beforeAll(async () => {
  pointAppAtTestDoubles(llm.stub.url);
  spine = await import("@/lib/generation/run-generation");
  registry = await import("@/lib/generation/active");
  db = await (await import("@/lib/db/client")).getDb();
  const row = await db.user.create({ data: { email: "hr@example.test", role: "HR" } });
  user = { id: row.id, email: row.email, name: null, role: "HR", organizationId: null };
});
afterAll(async () => {
  await db?.$disconnect();
});

const start = (who: SessionUser = user, timers?: GenerationTimers) =>
  spine.runGeneration(
    { tool: "job-description", input: { ...jobDescriptionDefaults, title: "Night nurse", companyName: "St Mary's", location: "Leeds" }, user: who },
    timers,
  );

/** The registry entry of a generation, taken at once: it is removed when the generation ends. */
function activeOf(generationId: string) {
  const active = registry.activeGenerations.get(generationId);
  if (!active) throw new Error(`generation ${generationId} is not active`);
  return active;
}

async function readRest(reader: ReadableStreamDefaultReader<GenerationEvent>): Promise<GenerationEvent[]> {
  const rest: GenerationEvent[] = [];
  for (let r = await reader.read(); !r.done; r = await reader.read()) rest.push(r.value);
  return rest;
}

const readAll = (events: ReadableStream<GenerationEvent>) => readRest(events.getReader());

const textOf = (events: GenerationEvent[]) => events.map((e) => (e.type === "text" ? e.delta : "")).join("");

/** Reads events until some text has arrived, leaving the stream open. */
async function readUntilText(reader: ReadableStreamDefaultReader<GenerationEvent>): Promise<GenerationEvent[]> {
  const seen: GenerationEvent[] = [];
  while (!seen.some((e) => e.type === "text" && e.delta)) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended before any text: ${JSON.stringify(seen)}`);
    seen.push(value);
  }
  return seen;
}

/** Progress saves that happen only when the test says so; deltas go to the browser on the next turn of the event loop. */
function manualProgress(): { timers: GenerationTimers; save: () => Promise<void> } {
  let saveNow: ((heartbeat: boolean) => Promise<void>) | undefined;
  const timers: GenerationTimers = {
    scheduleFlush: (flush) => {
      const timer = setTimeout(flush, 0);
      return () => clearTimeout(timer);
    },
    everyProgressSave: (save) => {
      saveNow = save;
      return () => void (saveNow = undefined);
    },
  };
  return {
    timers,
    save: () => {
      if (!saveNow) throw new Error("no progress timer is running");
      return saveNow(false);
    },
  };
}

const rowOf = (id: string) => db.generation.findUniqueOrThrow({ where: { id } });

describe("runGeneration", () => {
  it("finishes the document as COMPLETE with its full text when the browser goes away", async () => {
    const reply = "Calm. Exact. Kind. Works nights.";
    // 150 ms between tokens: the browser leaves long before the model is done.
    llm.stub.queue.push({ mode: "slow", reply });
    const { generationId, events } = await start();
    const { finished } = activeOf(generationId);
    const reader = events.getReader();
    expect((await reader.read()).value).toMatchObject({ type: "start", generationId });
    await reader.cancel();
    await finished;
    expect(await rowOf(generationId)).toMatchObject({ status: "COMPLETE", output: reply, error: null });
  });

  it("streams the whole text to a browser that stays, then says done", async () => {
    llm.stub.queue.push({ reply: "A calm, exact night nurse." });
    const { generationId, events } = await start();
    const all = await readAll(events);
    expect(all[0]).toMatchObject({ type: "start", generationId, modelId: "groq:llama-3.3-70b-versatile" });
    expect(textOf(all)).toBe("A calm, exact night nurse.");
    expect(all.at(-1)).toEqual({ type: "done", status: "COMPLETE", modelId: "groq:llama-3.3-70b-versatile" });
  });

  it("sends an error event when the row cannot be created, and saves nothing", async () => {
    llm.stub.queue.push({ reply: "Never stored." });
    // A user id with no user row: the insert fails on the foreign key, in the database itself.
    const { generationId, events } = await start({ ...user, id: "no-such-user" });
    const all = await readAll(events);
    expect(all.at(-1)).toMatchObject({ type: "error", code: "internal:database" });
    expect(all.some((e) => e.type === "done")).toBe(false);
    expect(await db.generation.findUnique({ where: { id: generationId } })).toBeNull();
  });

  it("keeps the partial text as CANCELLED when Stop aborts the model call", async () => {
    llm.stub.queue.push("stall"); // a few tokens, then silence until the call is aborted
    const { generationId, events } = await start();
    const active = activeOf(generationId);
    const reader = events.getReader();
    const before = await readUntilText(reader);
    active.controller.abort();
    await active.finished;
    const rest = await readRest(reader);
    const sent = textOf([...before, ...rest]);
    expect(sent).not.toBe("");
    expect(rest.at(-1)).toMatchObject({ type: "done", status: "CANCELLED" });
    expect(await rowOf(generationId)).toMatchObject({ status: "CANCELLED", output: sent });
    expect(registry.activeGenerations.has(generationId)).toBe(false);
  });

  it("saves the partial text while the model is still writing", async () => {
    llm.stub.queue.push("stall");
    const progress = manualProgress();
    const { generationId, events } = await start(user, progress.timers);
    const active = activeOf(generationId);
    const reader = events.getReader();
    const sent = textOf(await readUntilText(reader));
    expect((await rowOf(generationId)).output).toBe("");
    await progress.save();
    const saved = await rowOf(generationId);
    expect(saved.status).toBe("STREAMING");
    expect(saved.output.startsWith(sent)).toBe(true);
    active.controller.abort();
    await active.finished;
    await reader.cancel();
  });

  it("stops when a progress save finds the row stopped elsewhere", async () => {
    llm.stub.queue.push("stall");
    const progress = manualProgress();
    const { generationId, events } = await start(user, progress.timers);
    const { finished } = activeOf(generationId);
    const reader = events.getReader();
    await readUntilText(reader);
    // What a Stop through another app instance does: only the row changes.
    await db.generation.update({ where: { id: generationId }, data: { status: "CANCELLED" } });
    await progress.save();
    await finished;
    expect((await rowOf(generationId)).status).toBe("CANCELLED");
    await reader.cancel();
  });

  it("records a provider failure as FAILED with its code and the text written so far", async () => {
    // Once a model has started answering there is no fallback: its failure is the document's.
    llm.stub.queue.push("malformed");
    const { generationId, events } = await start();
    const all = await readAll(events);
    expect(all.at(-1)).toMatchObject({ type: "error", code: "unavailable:llm" });
    expect(textOf(all)).not.toBe("");
    expect(await rowOf(generationId)).toMatchObject({ status: "FAILED", error: "unavailable:llm", output: textOf(all) });
  });

  it("falls back to the offline engine when every provider fails before answering", async () => {
    llm.stub.queue.push("fail-500", "fail-500"); // Groq, then Ollama
    const { generationId, events } = await start();
    const all = await readAll(events);
    expect(all[0]).toMatchObject({ type: "start", modelId: "offline:draft", provider: "offline" });
    expect(all.at(-1)).toEqual({ type: "done", status: "COMPLETE", modelId: "offline:draft" });
    expect(textOf(all)).toContain("Night nurse");
    expect(await rowOf(generationId)).toMatchObject({ status: "COMPLETE", model: "offline:draft", output: textOf(all) });
    expect(llm.stub.requests.length).toBe(2);
  });

  it("keeps the text in memory while the database refuses writes, and saves it all when it answers again", async () => {
    llm.stub.queue.push({ mode: "slow", reply: "Steady hands. Clear notes. Night shifts." });
    const progress = manualProgress();
    const { generationId, events } = await start(user, progress.timers);
    const { finished } = activeOf(generationId);
    const reader = events.getReader();
    const sent = textOf(await readUntilText(reader));
    refuseWrites = 1;
    await progress.save();
    expect((await rowOf(generationId)).output).toBe("");
    await progress.save();
    expect((await rowOf(generationId)).output.startsWith(sent)).toBe(true);
    // Away again for the final save: it is retried until the database answers.
    refuseWrites = 1;
    const all = await readRest(reader);
    expect(all.at(-1)).toMatchObject({ type: "done", status: "COMPLETE" });
    await finished;
    expect(await rowOf(generationId)).toMatchObject({ status: "COMPLETE", output: "Steady hands. Clear notes. Night shifts." });
  });
});

// Last, because a shutdown lasts for the rest of the process: new work is refused from then on.
describe("runGeneration during a shutdown", () => {
  it("saves the partial text as INTERRUPTED when the grace runs out, and refuses new documents", async () => {
    const { drain } = await import("@/lib/lifecycle/shutdown");
    llm.stub.queue.push("stall");
    const { generationId, events } = await start();
    const reader = events.getReader();
    const before = await readUntilText(reader);
    const result = await drain([registry.activeGenerations.values()], { graceMs: 0 });
    expect(result).toEqual({ finished: 0, interrupted: 1 });
    const rest = await readRest(reader);
    expect(rest.at(-1)).toMatchObject({ type: "done", status: "INTERRUPTED" });
    expect(await rowOf(generationId)).toMatchObject({ status: "INTERRUPTED", error: "interrupted:server", output: textOf([...before, ...rest]) });
    await expect(start()).rejects.toMatchObject({ code: "unavailable:generation", message: expect.stringContaining("restarting") });
  });
});
