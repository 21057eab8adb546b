import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import { PURGED_NAME, purgeExpiredTranscripts, RETENTION_PURGE_ACTION } from "@/lib/exit/jobs/retention";
import { storedSummary } from "@/lib/exit/jobs/stored-summary";
import { writeInterviewSummary } from "@/lib/exit/jobs/summary";
import { createInterview, createOrganisation, employee } from "@/lib/exit/jobs/testing/interviews";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../../prisma/migrations"));
const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-11-30T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

describe.each(testDatabases())("the retention purge on $name", (testDb) => {
  let open: OpenDatabase;
  let db: PrismaClient;

  beforeAll(async () => {
    ({ open } = await openTestDatabase(testDb));
    await open.withMigrationLock((sql) => applyMigrations(sql, migrations));
    db = open.prisma;
  });
  afterAll(async () => {
    await open?.close();
    await testDb.dispose();
  });

  const interviewOf = (id: string) => db.exitInterview.findUniqueOrThrow({ where: { id }, include: { answers: { orderBy: { seq: "asc" } } } });
  const labelsOf = (
    answers: { area: string; sentiment: string | null; intensity: number | null; themes: string[]; secondsSpent: number | null; skipped: boolean }[],
  ) => answers.map(({ area, sentiment, intensity, themes, secondsSpent, skipped }) => ({ area, sentiment, intensity, themes, secondsSpent, skipped }));

  it("deletes the words of interviews past the organisation's retention, keeps their labels, audits it, and changes nothing when run again", async () => {
    const org = (await createOrganisation(db, 30)).id;
    const lenient = (await createOrganisation(db, 365)).id;
    const old = (await createInterview(db, org, "COMPLETED", { createdAt: daysAgo(60), completedAt: daysAgo(40) })).id;
    const oldWithdrawn = (await createInterview(db, org, "WITHDRAWN", { createdAt: daysAgo(60), withdrawnAt: daysAgo(31) })).id;
    const recent = (await createInterview(db, org, "COMPLETED", { createdAt: daysAgo(20), completedAt: daysAgo(10) })).id;
    // Created long ago for someone whose last day was recent: the clock starts at the later of the two.
    const lateLeaver = (await createInterview(db, org, "INVITED", { createdAt: daysAgo(90), lastDay: daysAgo(5) })).id;
    const elsewhere = (await createInterview(db, lenient, "COMPLETED", { createdAt: daysAgo(60), completedAt: daysAgo(40) })).id;
    for (const id of [old, recent, elsewhere]) await writeInterviewSummary(db, id, { route: null });

    const before = await interviewOf(old);
    const untouched = await Promise.all([recent, lateLeaver, elsewhere].map(interviewOf));

    expect(await purgeExpiredTranscripts(db, now)).toEqual([{ orgId: org, purged: 2 }]);

    const purged = await interviewOf(old);
    expect(purged).toMatchObject({
      employeeName: PURGED_NAME,
      employeeEmail: "",
      manager: PURGED_NAME,
      purgedAt: now,
      status: "COMPLETED",
      sentiment: before.sentiment,
      themes: before.themes,
    });
    expect(purged.answers.every((a) => a.answer === null && a.question === null)).toBe(true);
    expect(labelsOf(purged.answers)).toEqual(labelsOf(before.answers));
    expect(purged.tokenExpiresAt.getTime()).toBeLessThanOrEqual(now.getTime());

    const summaryBefore = storedSummary.read(before.summary, old);
    const summaryAfter = storedSummary.read(purged.summary, old);
    expect(summaryAfter.quotes).toEqual([]);
    expect(summaryAfter).toMatchObject({
      sentiment: summaryBefore.sentiment,
      intensity: summaryBefore.intensity,
      themes: summaryBefore.themes,
      reasonThemes: summaryBefore.reasonThemes,
      wouldRecommend: summaryBefore.wouldRecommend,
      wouldReturn: summaryBefore.wouldReturn,
      wouldHaveStayedIf: null,
      managementFeedback: [],
      suggestions: [],
    });
    expect(summaryAfter.reasons).toEqual(summaryBefore.reasons.map((r) => ({ text: "", themes: r.themes })));
    const stored = JSON.stringify(purged);
    for (const answer of before.answers) if (answer.answer) expect(stored).not.toContain(answer.answer.slice(0, 30));
    expect(stored).not.toContain(employee.name);

    expect(await interviewOf(oldWithdrawn)).toMatchObject({ employeeName: PURGED_NAME, employeeEmail: "", purgedAt: now, status: "WITHDRAWN" });
    expect(await Promise.all([recent, lateLeaver, elsewhere].map(interviewOf))).toEqual(untouched);

    const events = await db.auditEvent.findMany({ where: { action: RETENTION_PURGE_ACTION } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ orgId: org, actorId: null, targetType: "organization", targetId: org });
    expect(events[0]!.detail).toContain("2 ");
    expect(events[0]!.detail).not.toContain(employee.name);

    const afterFirst = await Promise.all([old, oldWithdrawn, recent, lateLeaver, elsewhere].map(interviewOf));
    expect(await purgeExpiredTranscripts(db, now)).toEqual([]);
    expect(await Promise.all([old, oldWithdrawn, recent, lateLeaver, elsewhere].map(interviewOf))).toEqual(afterFirst);
    expect(await db.auditEvent.count({ where: { action: RETENTION_PURGE_ACTION } })).toBe(1);
  });

  it("deletes a stored summary that no longer reads as one, rather than keep the interview from being purged", async () => {
    const org = (await createOrganisation(db, 30)).id;
    const { id } = await createInterview(db, org, "COMPLETED", { completedAt: daysAgo(40) });
    await db.exitInterview.update({ where: { id }, data: { summary: { v: 1, quotes: "not a list" } } });
    expect(await purgeExpiredTranscripts(db, now)).toEqual([{ orgId: org, purged: 1 }]);
    expect(await interviewOf(id)).toMatchObject({ summary: null, purgedAt: now });
  });

  it("never writes a summary for a purged interview", async () => {
    const org = (await createOrganisation(db, 30)).id;
    const { id } = await createInterview(db, org, "COMPLETED", { completedAt: daysAgo(40) });
    await purgeExpiredTranscripts(db, now);
    expect(await writeInterviewSummary(db, id, { route: null })).toBe("skipped");
    expect((await interviewOf(id)).summary).toBeNull();
  });
});
