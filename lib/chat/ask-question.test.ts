import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pointAppAtTestDoubles } from "@/lib/ai/testing/app-environment";
import { withStubLlm } from "@/lib/ai/testing/stub-models";
import type { ChatChunk } from "@/lib/chat/ui-message";
import { emptyProfile } from "@/lib/cv/profile";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// The chat end to end: the real runtime over HTTP to the stub LLM, writing to a migrated in-memory
// PGlite through the app's own getDb(). Both read the environment once, so it is set before import.
const llm = withStubLlm();
let ask: typeof import("@/lib/chat/ask-question");
let queries: typeof import("@/lib/db/queries/conversations");
let follow: typeof import("@/lib/chat/follow-answer");
let active: typeof import("@/lib/chat/active-answers");
let db: PrismaClient;
let owner: { userId: string };
let cvId: string;

const cvText = ["Sam Lee", "sam@example.test", "Experience", "2018 – 2021 Engineer, Acme Corp, Leeds", "Built the billing system in Go"].join("\n");
const cv = { text: cvText, profile: emptyProfile() };

beforeAll(async () => {
  pointAppAtTestDoubles(llm.stub.url);
  ask = await import("@/lib/chat/ask-question");
  queries = await import("@/lib/db/queries/conversations");
  follow = await import("@/lib/chat/follow-answer");
  active = await import("@/lib/chat/active-answers");
  db = await (await import("@/lib/db/client")).getDb();
  const user = await db.user.create({ data: { email: "sam@example.test" } });
  owner = { userId: user.id };
  cvId = (
    await db.cv.create({
      data: { userId: user.id, name: "CV", mime: "text/plain", size: 1, sha256: "x", text: cvText, profile: {}, parseMethod: "heuristic", confidence: 1 },
    })
  ).id;
});
afterAll(async () => {
  await db?.$disconnect();
});

let questions = 0;
const question = (text: string) => ({ trigger: "submit-message" as const, question: { id: `question-${++questions}-test`, text } });

/** Asks in a conversation as the route does: with its messages as the owner's check loaded them. */
async function askIn(id: string, body: import("@/lib/chat/ask-question").AskBody, who = owner) {
  const loaded = await queries.getConversation(db, { id, owner: who });
  return ask.askQuestion({ db, conversation: loaded ?? { id, messages: [] }, owner: who, body, cv, job: null });
}

async function conversation() {
  return (await queries.createConversation(db, { owner, cvId, title: "About Sam" })).id;
}

async function readAll(stream: ReadableStream<ChatChunk>): Promise<ChatChunk[]> {
  const chunks: ChatChunk[] = [];
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  return chunks;
}

const textOf = (chunks: ChatChunk[]) => chunks.map((c) => (c.type === "text-delta" ? c.delta : "")).join("");
const answerOf = (chunks: ChatChunk[]) => chunks.find((c) => c.type === "data-answer")?.data;
const lastAnswerRow = (conversationId: string) => db.message.findFirstOrThrow({ where: { conversationId, role: "ASSISTANT" }, orderBy: { createdAt: "desc" } });

describe("askQuestion", () => {
  it("saves the question before the model answers, then the answer with its checked citations and usage", async () => {
    llm.stub.queue.push({ mode: "slow", reply: "Sam was an Engineer at Acme Corp from 2018 to 2021 [L4]." });
    const id = await conversation();
    const stream = await askIn(id, question("Where did Sam work?"));
    const saved = await db.message.findMany({ where: { conversationId: id }, orderBy: { createdAt: "asc" } });
    expect(saved.map((m) => [m.role, m.status])).toEqual([
      ["USER", "COMPLETE"],
      ["ASSISTANT", "STREAMING"],
    ]);
    const chunks = await readAll(stream);
    expect(textOf(chunks)).toBe("Sam was an Engineer at Acme Corp from 2018 to 2021 [L4].");
    expect(answerOf(chunks)).toMatchObject({ kind: "answer", status: "COMPLETE", checks: { citations: [{ line: 4, verified: true }], unchecked: [] } });
    const row = await lastAnswerRow(id);
    expect(row).toMatchObject({ status: "COMPLETE", kind: "answer", model: "groq:llama-3.3-70b-versatile", provider: "groq" });
    expect(row.ttftMs).toBeGreaterThanOrEqual(0);
    expect(row.outputTokens).toBeGreaterThan(0);
    // The conversation is named after its first question.
    expect((await db.conversation.findUniqueOrThrow({ where: { id } })).title).toBe("Where did Sam work?");
  });

  it("when every model fails, the offline engine answers and says what kind of answer it is", async () => {
    llm.stub.queue.push("fail-500", "fail-500");
    const id = await conversation();
    const chunks = await readAll(await askIn(id, question("What salary does Sam expect?")));
    expect(answerOf(chunks)).toMatchObject({ kind: "not_in_cv", status: "COMPLETE", model: "offline:draft" });
    expect(textOf(chunks)).toContain("The CV does not say");
  });

  // The stop reaches the writer through the row, as it would from another instance: no local abort here.
  it("a stop marked in the database ends the answer as CANCELLED with what it wrote, wherever it is written", async () => {
    llm.stub.queue.push({ mode: "slow", reply: "One two three four five six seven eight nine ten eleven twelve." });
    const id = await conversation();
    const stream = await askIn(id, question("Count?"));
    const reader = stream.getReader();
    let text = "";
    while (!text.includes("two")) {
      const { value } = await reader.read();
      if (value?.type === "text-delta") text += value.delta;
    }
    expect(await queries.stopAnswer(db, { conversationId: id, owner: { userId: "someone-else" } })).toBe(false);
    expect(await queries.stopAnswer(db, { conversationId: id, owner })).toBe(true);
    const rest: ChatChunk[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest.push(r.value);
    expect(answerOf(rest)).toMatchObject({ status: "CANCELLED" });
    const row = await lastAnswerRow(id);
    expect(row.status).toBe("CANCELLED");
    expect(row.text.startsWith("One two")).toBe(true);
    expect(row.text).not.toContain("twelve");
  });

  it("a second reader replays the saved answer and follows it live to the same end", async () => {
    llm.stub.queue.push({ mode: "slow", reply: "Alpha beta gamma delta epsilon zeta." });
    const id = await conversation();
    const first = readAll(await askIn(id, question("Letters?")));
    const row = await lastAnswerRow(id);
    const followed = await readAll(follow.followAnswer(() => queries.readLiveAnswer(db, { id: row.id }), new AbortController().signal));
    const written = await first;
    expect(followed[0]).toEqual({ type: "start", messageId: row.id });
    expect(textOf(followed)).toBe(textOf(written));
    // It arrived in more than one piece: the reader followed the answer, it did not only read the end.
    expect(followed.filter((c) => c.type === "text-delta").length).toBeGreaterThan(1);
    expect(answerOf(followed)).toMatchObject({ status: "COMPLETE", kind: "answer" });
  });

  it("editing the last question replaces it and its answer; nobody else can post into the conversation", async () => {
    const id = await conversation();
    llm.stub.queue.push({ reply: "First [L4]." }, { reply: "Second answer about Acme Corp [L4]." });
    const asked = question("Where?");
    await readAll(await askIn(id, asked));
    const edit = { trigger: "submit-message" as const, messageId: asked.question.id, question: { id: asked.question.id, text: "Where exactly?" } };
    await readAll(await askIn(id, edit));
    const messages = await db.message.findMany({ where: { conversationId: id }, orderBy: { createdAt: "asc" } });
    expect(messages.map((m) => m.text)).toEqual(["Where exactly?", "Second answer about Acme Corp [L4]."]);
    // The same question sent again (a double click, a replay) is refused as such, and changes nothing.
    await expect(askIn(id, { trigger: "submit-message", question: { id: asked.question.id, text: "Again?" } })).rejects.toMatchObject({
      code: "conflict:chat",
    });
    expect(await db.message.count({ where: { conversationId: id } })).toBe(2);
    await expect(askIn(id, question("Mine?"), { userId: "intruder" })).rejects.toMatchObject({
      code: "not_found:chat",
    });
    expect(active.activeAnswers.size).toBe(0);
  });
});
