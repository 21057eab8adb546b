import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { createExitInterview, type ExitInterviewFields } from "@/lib/db/queries/exit-interviews";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import { answerBodySchema, answerQuestion, finishEarly, giveConsent, openByToken, skipQuestion, withdraw } from "@/lib/exit/interview/employee-side";
import { interviewBudget } from "@/lib/exit/interview/flow";
import { newInterviewLink } from "@/lib/exit/interview/link";
import { protocolQuestions } from "@/lib/exit/interview/protocol";
import { uiText } from "@/lib/exit/interview/ui-text";
import { viewOf, type InterviewResponse, type InterviewView } from "@/lib/exit/interview/view";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const queued = vi.hoisted(() => [] as { name: string; data: { interviewId: string } }[]);
vi.mock("@/lib/queue/enqueue", () => ({ enqueueJob: async (name: string, data: { interviewId: string }) => void queued.push({ name, data }) }));
// No model: the protocol words every follow-up, as on a server with only the offline engine.
vi.mock("@/lib/exit/interview/follow-up-route", () => ({ followUpRoute: () => null }));

const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../../prisma/migrations"));
const fields: ExitInterviewFields = {
  employeeName: "Ana Ruiz",
  employeeEmail: "ana@example.test",
  department: "Support",
  role: "Agent",
  manager: "Tom Berg",
  startDate: null,
  lastDay: null,
  reason: "voluntary",
  regrettable: false,
  language: "fr",
  mode: "ATTRIBUTED",
};
const detailed =
  "I handled the escalations and trained every new agent, which suited me well, and the work itself was interesting from the first week to the last.";

function open(response: InterviewResponse): InterviewView {
  if (response.phase !== "interview" && response.phase !== "consent") throw new Error(`interview closed: ${response.phase}`);
  return response;
}

describe.each(testDatabases())("the employee's side on $name", (testDb) => {
  let opened: OpenDatabase;
  let db: PrismaClient;
  let orgId: string;

  beforeAll(async () => {
    ({ open: opened } = await openTestDatabase(testDb));
    await opened.withMigrationLock((sql) => applyMigrations(sql, migrations));
    db = opened.prisma;
    orgId = (await db.organization.create({ data: { name: "Acme" } })).id;
  });
  afterAll(async () => {
    await opened?.close();
    await testDb.dispose();
  });
  beforeEach(() => void (queued.length = 0));

  async function newInterview(expiresInMs = 60_000) {
    const link = newInterviewLink();
    const createdById = (await db.user.create({ data: { email: `hr-${link.tokenHash.slice(0, 8)}@example.test`, role: "HR", organizationId: orgId } })).id;
    const { id } = await createExitInterview(db, { orgId, createdById, fields, tokenHash: link.tokenHash, tokenExpiresAt: new Date(Date.now() + expiresInMs) });
    return { id, token: link.token };
  }

  it("asks nothing before consent, then the first question in the interview's language", async () => {
    const { token } = await newInterview();
    await expect(answerQuestion(db, token, { turn: 0, text: detailed, secondsSpent: null })).rejects.toMatchObject({ code: "conflict:api" });
    const view = await giveConsent(db, token);
    expect(view.phase).toBe("interview");
    expect(view.current).toMatchObject({ key: protocolQuestions[0]!.key, text: protocolQuestions[0]!.text.fr, followUp: false });
  });

  it("follows up once on a vague answer, records both, and ignores a repeated send of the same turn", async () => {
    const { id, token } = await newInterview();
    await giveConsent(db, token);
    const followUp = open(await answerQuestion(db, token, { turn: 0, text: "C'était bien, je ne sais pas.", secondsSpent: 9 }));
    expect(followUp.current).toMatchObject({ key: protocolQuestions[0]!.key, followUp: true, text: protocolQuestions[0]!.followUps.vague.fr });
    // The same turn sent again (a double click, a second tab) records nothing more.
    const again = open(await answerQuestion(db, token, { turn: 0, text: "autre chose", secondsSpent: null }));
    expect(again.turn).toBe(1);
    expect(await db.exitAnswer.count({ where: { interviewId: id } })).toBe(1);

    const next = open(await answerQuestion(db, token, { turn: 1, text: "Je ne sais pas.", secondsSpent: null }));
    expect(next.current).toMatchObject({ key: protocolQuestions[1]!.key, followUp: false });
    expect(next.history.map((h) => [h.question, h.followUp])).toEqual([
      [protocolQuestions[0]!.text.fr, false],
      [protocolQuestions[0]!.followUps.vague.fr, true],
    ]);
    const rows = await db.exitAnswer.findMany({ where: { interviewId: id }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => [r.questionKey, r.followUp, r.vague, r.secondsSpent])).toEqual([
      [protocolQuestions[0]!.key, false, true, 9],
      [protocolQuestions[0]!.key, true, true, null],
    ]);
  });

  it("survives a restart: a fresh read of the link resumes at the same question", async () => {
    const { token } = await newInterview();
    await giveConsent(db, token);
    await answerQuestion(db, token, { turn: 0, text: detailed, secondsSpent: null });
    await skipQuestion(db, token, { turn: 1, secondsSpent: null });
    const reopened = await openByToken(db, token);
    if (!reopened.ok) throw new Error("refused");
    expect(reopened.interview.progress).toEqual({ step: 2, turns: 2, followUp: null });
    expect(reopened.interview.answers.map((a) => a.skipped)).toEqual([false, true]);
  });

  it("finishes by itself after the last question and queues the summary once", async () => {
    const { id, token } = await newInterview();
    await giveConsent(db, token);
    let response: InterviewResponse = open(await openByTokenView(token));
    for (let turn = 0; response.phase === "interview"; turn++) response = await skipQuestion(db, token, { turn, secondsSpent: null });
    expect(response).toEqual({ phase: "done", language: "fr" });
    expect(await db.exitAnswer.count({ where: { interviewId: id } })).toBe(protocolQuestions.length);
    expect(queued).toEqual([{ name: "exit-summary", data: { interviewId: id } }]);
    await expect(skipQuestion(db, token, { turn: protocolQuestions.length, secondsSpent: null })).rejects.toMatchObject({
      code: "not_found:exit",
      message: uiText.fr.closed.completed.body,
    });
  });

  it("finishes early on request, keeping what was said", async () => {
    const { id, token } = await newInterview();
    await giveConsent(db, token);
    await answerQuestion(db, token, { turn: 0, text: detailed, secondsSpent: null });
    expect(await finishEarly(db, token)).toEqual({ phase: "done", language: "fr" });
    expect(await db.exitAnswer.count({ where: { interviewId: id } })).toBe(1);
    expect(queued).toHaveLength(1);
  });

  it("offers to withdraw when an answer asks to stop, and withdrawing deletes every answer", async () => {
    const { id, token } = await newInterview();
    await giveConsent(db, token);
    const view = open(await answerQuestion(db, token, { turn: 0, text: "I want to stop, please delete my answers.", secondsSpent: null }));
    expect(view.offerWithdraw).toBe(true);
    expect(await withdraw(db, token)).toEqual({ phase: "withdrawn", language: "fr" });
    expect(await db.exitAnswer.count({ where: { interviewId: id } })).toBe(0);
    expect(queued).toEqual([]);
    expect(await openByToken(db, token)).toMatchObject({ ok: false, reason: "withdrawn" });
  });

  it("refuses an expired or malformed link with a clear message, never a crash", async () => {
    const { token } = await newInterview(-1);
    await expect(giveConsent(db, token)).rejects.toSatisfy((error) => error instanceof AppError && error.message === uiText.fr.closed.expired.body);
    expect(await openByToken(db, "x".repeat(5_000))).toEqual({ ok: false, reason: "unknown", language: null });
  });

  it("takes answers only within the turn budget and the length bound, and never an empty one", () => {
    const ok = { turn: 0, text: detailed, secondsSpent: null };
    expect(answerBodySchema.safeParse(ok).success).toBe(true);
    expect(answerBodySchema.safeParse({ ...ok, turn: interviewBudget.maxTurns + 1 }).success).toBe(false);
    expect(answerBodySchema.safeParse({ ...ok, text: "x".repeat(interviewBudget.maxAnswerChars + 1) }).success).toBe(false);
    expect(answerBodySchema.safeParse({ ...ok, text: "   " }).success).toBe(false);
  });

  async function openByTokenView(token: string): Promise<InterviewResponse> {
    const result = await openByToken(db, token);
    if (!result.ok) throw new Error("refused");
    return viewOf(result.interview);
  }
});
