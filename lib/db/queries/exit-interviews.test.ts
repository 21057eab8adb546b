import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import {
  completeInterview,
  consentToInterview,
  createExitInterview,
  openInterviewByTokenHash,
  recordTurn,
  reissueInterviewLink,
  withdrawConsent,
  withdrawInterviewLink,
  type ExitInterviewFields,
  type Turn,
} from "@/lib/db/queries/exit-interviews";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import { newInterviewLink } from "@/lib/exit/interview/link";
import { labelAnswer } from "@/lib/exit/interview/labels";
import { protocolQuestions } from "@/lib/exit/interview/protocol";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../../prisma/migrations"));
const day = 24 * 60 * 60 * 1000;

const fields: ExitInterviewFields = {
  employeeName: "Ana Ruiz",
  employeeEmail: "ana@example.test",
  department: "Support",
  role: "Agent",
  manager: "Tom Berg",
  startDate: new Date("2022-03-01"),
  lastDay: new Date("2026-12-31"),
  reason: "voluntary",
  regrettable: true,
  language: "es",
  mode: "CONFIDENTIAL",
};

const main = protocolQuestions[0]!;
const answered = (text: string, seqLabel = main): Turn => ({
  area: seqLabel.area,
  questionKey: seqLabel.key,
  question: seqLabel.text.es,
  followUp: false,
  secondsSpent: 12,
  skipped: false,
  answer: text,
  labels: labelAnswer(seqLabel, text),
});

describe.each(testDatabases())("exit interview queries on $name", (testDb) => {
  let open: OpenDatabase;
  let db: PrismaClient;
  let orgA: string;
  let orgB: string;
  let hrA: string;

  beforeAll(async () => {
    ({ open } = await openTestDatabase(testDb));
    await open.withMigrationLock((sql) => applyMigrations(sql, migrations));
    db = open.prisma;
    orgA = (await db.organization.create({ data: { name: "Acme", exitRetentionDays: 90 } })).id;
    orgB = (await db.organization.create({ data: { name: "Globex" } })).id;
    hrA = (await db.user.create({ data: { email: "hr-a@example.test", role: "HR", organizationId: orgA } })).id;
  });
  afterAll(async () => {
    await open?.close();
    await testDb.dispose();
  });

  async function newInterview(expiresInMs = 14 * day) {
    const link = newInterviewLink();
    const { id } = await createExitInterview(db, {
      orgId: orgA,
      createdById: hrA,
      fields,
      tokenHash: link.tokenHash,
      tokenExpiresAt: new Date(Date.now() + expiresInMs),
    });
    return { id, ...link };
  }

  async function opened(tokenHash: string) {
    const result = await openInterviewByTokenHash(db, { tokenHash });
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    return result.interview;
  }

  it("creates an interview that opens by its link's hash, at the start, with the organisation's retention", async () => {
    const { tokenHash } = await newInterview();
    const interview = await opened(tokenHash);
    expect(interview).toMatchObject({ status: "INVITED", mode: fields.mode, language: fields.language, retentionDays: 90, answers: [] });
    expect(interview.progress).toEqual({ step: 0, turns: 0, followUp: null });
    expect(interview.knownNames).toEqual([fields.employeeName, fields.manager]);
    const stored = await db.exitInterview.findUniqueOrThrow({ where: { id: interview.id } });
    expect(stored.tokenHash).toBe(tokenHash);
    expect(stored.orgId).toBe(orgA);
  });

  it("refuses unknown, expired, withdrawn-by-HR, completed and consent-withdrawn links, each with its reason", async () => {
    expect(await openInterviewByTokenHash(db, { tokenHash: newInterviewLink().tokenHash })).toEqual({ ok: false, reason: "unknown", language: null });

    const expired = await newInterview(-day);
    expect(await openInterviewByTokenHash(db, { tokenHash: expired.tokenHash })).toEqual({ ok: false, reason: "expired", language: "es" });

    const pulled = await newInterview();
    expect(await withdrawInterviewLink(db, { id: pulled.id, orgId: orgB })).toBe(false);
    expect(await withdrawInterviewLink(db, { id: pulled.id, orgId: orgA })).toBe(true);
    expect(await openInterviewByTokenHash(db, { tokenHash: pulled.tokenHash })).toMatchObject({ ok: false, reason: "link_withdrawn" });

    const done = await newInterview();
    await consentToInterview(db, { id: done.id });
    expect(await completeInterview(db, { id: done.id })).toBe(true);
    expect(await openInterviewByTokenHash(db, { tokenHash: done.tokenHash })).toMatchObject({ ok: false, reason: "completed" });
    expect((await db.exitInterview.findUniqueOrThrow({ where: { id: done.id } })).summaryStatus).toBe("pending");

    const withdrawn = await newInterview();
    await withdrawConsent(db, { id: withdrawn.id });
    expect(await openInterviewByTokenHash(db, { tokenHash: withdrawn.tokenHash })).toMatchObject({ ok: false, reason: "withdrawn" });
  });

  it("re-issues a link only inside the organisation: the old link stops, the new one opens, a withdrawal is undone", async () => {
    const first = await newInterview();
    await withdrawInterviewLink(db, { id: first.id, orgId: orgA });
    const next = newInterviewLink();
    const expiresAt = new Date(Date.now() + 7 * day);
    expect(await reissueInterviewLink(db, { id: first.id, orgId: orgB, tokenHash: next.tokenHash, tokenExpiresAt: expiresAt })).toBe(false);
    expect(await reissueInterviewLink(db, { id: first.id, orgId: orgA, tokenHash: next.tokenHash, tokenExpiresAt: expiresAt })).toBe(true);
    expect(await openInterviewByTokenHash(db, { tokenHash: first.tokenHash })).toMatchObject({ ok: false, reason: "unknown" });
    expect((await opened(next.tokenHash)).id).toBe(first.id);
  });

  it("saves nothing once the link is withdrawn, replaced or expired, even mid-answer", async () => {
    const { id, tokenHash } = await newInterview();
    await consentToInterview(db, { id });
    const progress = { step: 1, turns: 1, followUp: null };
    await reissueInterviewLink(db, { id, orgId: orgA, tokenHash: newInterviewLink().tokenHash, tokenExpiresAt: new Date(Date.now() + day) });
    expect(await recordTurn(db, { id, tokenHash, afterTurns: 0, turn: answered("Too late."), progress })).toBe("stale");
    const current = (await db.exitInterview.findUniqueOrThrow({ where: { id } })).tokenHash;
    await db.exitInterview.update({ where: { id }, data: { tokenExpiresAt: new Date(Date.now() - 1_000) } });
    expect(await recordTurn(db, { id, tokenHash: current, afterTurns: 0, turn: answered("Too late."), progress })).toBe("stale");
    await db.exitInterview.update({ where: { id }, data: { tokenExpiresAt: new Date(Date.now() + day) } });
    await withdrawInterviewLink(db, { id, orgId: orgA });
    expect(await recordTurn(db, { id, tokenHash: current, afterTurns: 0, turn: answered("Too late."), progress })).toBe("stale");
    expect(await db.exitAnswer.count({ where: { interviewId: id } })).toBe(0);
  });

  it("saves an answer with its labels and the progress together, refuses the same turn twice, and records skips", async () => {
    const { id, tokenHash } = await newInterview();
    const turn = answered("Era un buen trabajo pero mi jefe nunca escuchaba.");
    // Before consent nothing is recorded.
    expect(await recordTurn(db, { id, tokenHash, afterTurns: 0, turn, progress: { step: 1, turns: 1, followUp: null } })).toBe("stale");
    expect(await consentToInterview(db, { id })).toBe(true);
    expect(await consentToInterview(db, { id })).toBe(true);
    expect((await db.exitInterview.findUniqueOrThrow({ where: { id } })).consentedAt).toBeInstanceOf(Date);

    expect(await recordTurn(db, { id, tokenHash, afterTurns: 0, turn, progress: { step: 1, turns: 1, followUp: null } })).toBe("saved");
    // A second tab sending the same turn saves nothing and leaves the progress alone.
    expect(await recordTurn(db, { id, tokenHash, afterTurns: 0, turn: answered("otra cosa"), progress: { step: 5, turns: 1, followUp: null } })).toBe("stale");
    const skip: Turn = {
      area: protocolQuestions[1]!.area,
      questionKey: protocolQuestions[1]!.key,
      question: "¿?",
      followUp: false,
      secondsSpent: null,
      skipped: true,
    };
    expect(await recordTurn(db, { id, tokenHash, afterTurns: 1, turn: skip, progress: { step: 2, turns: 2, followUp: null } })).toBe("saved");

    const interview = await opened(tokenHash);
    expect(interview.status).toBe("IN_PROGRESS");
    expect(interview.progress).toEqual({ step: 2, turns: 2, followUp: null });
    expect(interview.answers).toEqual([
      { seq: 1, questionKey: main.key, question: main.text.es, followUp: false, answer: turn.skipped ? null : turn.answer, skipped: false },
      { seq: 2, questionKey: skip.questionKey, question: "¿?", followUp: false, answer: null, skipped: true },
    ]);
    const rows = await db.exitAnswer.findMany({ where: { interviewId: id }, orderBy: { seq: "asc" } });
    const labels = labelAnswer(main, "Era un buen trabajo pero mi jefe nunca escuchaba.");
    expect(rows[0]).toMatchObject({ sentiment: labels.sentiment, intensity: labels.intensity, themes: labels.themes, vague: labels.vague, secondsSpent: 12 });
    expect(rows[1]).toMatchObject({ sentiment: null, intensity: null, themes: [], vague: false, answer: null });
  });

  it("withdrawing consent deletes every answer and clears everything derived, keeping only what HR entered", async () => {
    const { id, tokenHash } = await newInterview();
    await consentToInterview(db, { id });
    await recordTurn(db, {
      id,
      tokenHash,
      afterTurns: 0,
      turn: answered("Mi jefe."),
      progress: { step: 0, turns: 1, followUp: { reason: "vague", text: "¿Qué pasó?" } },
    });
    await db.exitInterview.update({ where: { id }, data: { sentiment: "negative", themes: ["manager"], summary: { reasons: [] }, summaryStatus: "done" } });

    expect(await withdrawConsent(db, { id })).toBe(true);
    expect(await db.exitAnswer.count({ where: { interviewId: id } })).toBe(0);
    const row = await db.exitInterview.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      status: "WITHDRAWN",
      sentiment: null,
      themes: [],
      summary: null,
      summaryStatus: null,
      employeeName: fields.employeeName,
      department: fields.department,
    });
    expect(row.withdrawnAt).toBeInstanceOf(Date);
    expect(row.progress).not.toHaveProperty("followUp.text");
    // A finished or withdrawn interview cannot be withdrawn (again) or completed.
    expect(await withdrawConsent(db, { id })).toBe(false);
    expect(await completeInterview(db, { id })).toBe(false);
  });

  it("does not complete an interview the employee never agreed to", async () => {
    const { id } = await newInterview();
    expect(await completeInterview(db, { id })).toBe(false);
  });
});
