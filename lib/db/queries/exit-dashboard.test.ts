import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import {
  getExitInterviewForOrg,
  getExitSettings,
  getInterviewRecipient,
  listAnswersOnTheme,
  listExitDepartments,
  listInterviewsForDashboard,
  markInterviewEmailed,
  updateExitSettings,
} from "@/lib/db/queries/exit-dashboard";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../../prisma/migrations"));

describe.each(testDatabases())("exit dashboard queries on $name", (testDb) => {
  let open: OpenDatabase;
  let db: PrismaClient;
  let orgId: string;
  let otherOrgId: string;
  let counter = 0;

  const interview = async (org: string, fields: Partial<Prisma.ExitInterviewUncheckedCreateInput> = {}) =>
    db.exitInterview.create({
      data: {
        orgId: org,
        employeeName: `Person ${++counter}`,
        employeeEmail: `p${counter}@example.test`,
        department: "Sales",
        role: "Rep",
        manager: "Morgan Lead",
        reason: "voluntary",
        regrettable: false,
        language: "en",
        mode: "ATTRIBUTED",
        tokenHash: `hash-${counter}`,
        tokenExpiresAt: new Date(Date.now() + 86_400_000),
        ...fields,
      },
    });

  beforeAll(async () => {
    ({ open } = await openTestDatabase(testDb));
    await open.withMigrationLock((sql) => applyMigrations(sql, migrations));
    db = open.prisma;
    orgId = (await db.organization.create({ data: { name: "Acme" } })).id;
    otherOrgId = (await db.organization.create({ data: { name: "Globex" } })).id;
  });
  afterAll(async () => {
    await open?.close();
    await testDb.dispose();
  });

  it("lists only the organisation's interviews, filtered by department, reason, status and last day", async () => {
    const march = await interview(orgId, { department: "Support", lastDay: new Date("2026-03-15T00:00:00Z"), reason: "retirement" });
    const april = await interview(orgId, { department: "Support", lastDay: new Date("2026-04-30T00:00:00Z"), status: "COMPLETED" });
    await interview(otherOrgId, { department: "Support", lastDay: new Date("2026-03-15T00:00:00Z") });
    const ids = async (filters: Parameters<typeof listInterviewsForDashboard>[1]["filters"]) =>
      (await listInterviewsForDashboard(db, { orgId, filters })).map((i) => i.id).sort();

    expect(await ids({ department: "support" })).toEqual([march.id, april.id].sort());
    expect(await ids({ department: "Support", reason: "retirement" })).toEqual([march.id]);
    expect(await ids({ department: "Support", status: "COMPLETED" })).toEqual([april.id]);
    expect(await ids({ lastDayFrom: new Date("2026-04-01T00:00:00Z"), lastDayBefore: new Date("2026-05-01T00:00:00Z") })).toEqual([april.id]);
    expect(await listExitDepartments(db, { orgId })).toContain("Support");
    expect(await listExitDepartments(db, { orgId: otherOrgId })).toEqual(["Support"]);
  });

  it("returns the answers' labels with each interview, and quotes on a theme only from the organisation", async () => {
    const mine = await interview(orgId, { status: "COMPLETED" });
    const theirs = await interview(otherOrgId, { status: "COMPLETED" });
    for (const row of [mine, theirs])
      await db.exitAnswer.create({
        data: { interviewId: row.id, seq: 0, area: "pay_benefits", questionKey: "pay", answer: "Pay was low.", themes: ["compensation"], secondsSpent: 12 },
      });
    const listed = (await listInterviewsForDashboard(db, { orgId, filters: {} })).find((i) => i.id === mine.id)!;
    expect(listed.answers).toEqual([expect.objectContaining({ area: "pay_benefits", themes: ["compensation"], secondsSpent: 12 })]);
    expect(listed.answers[0]).not.toHaveProperty("answer");
    const quotes = await listAnswersOnTheme(db, { orgId, interviewIds: [mine.id, theirs.id], theme: "compensation" });
    expect(quotes.map((q) => q.interviewId)).toEqual([mine.id]);
  });

  it("reads one interview only within its organisation", async () => {
    const row = await interview(orgId);
    expect(await getExitInterviewForOrg(db, { orgId, id: row.id })).toMatchObject({ id: row.id, organization: { name: "Acme" } });
    expect(await getExitInterviewForOrg(db, { orgId: otherOrgId, id: row.id })).toBeNull();
  });

  it("gives the recipient only to the organisation holding the current token", async () => {
    const row = await interview(orgId, { tokenHash: "current-hash" });
    expect(await getInterviewRecipient(db, { orgId, id: row.id, tokenHash: "current-hash" })).toMatchObject({
      employeeEmail: row.employeeEmail,
      organization: { name: "Acme" },
    });
    expect(await getInterviewRecipient(db, { orgId, id: row.id, tokenHash: "old-hash" })).toBeNull();
    expect(await getInterviewRecipient(db, { orgId: otherOrgId, id: row.id, tokenHash: "current-hash" })).toBeNull();
    await markInterviewEmailed(db, { orgId: otherOrgId, id: row.id });
    expect((await db.exitInterview.findUniqueOrThrow({ where: { id: row.id } })).emailedAt).toBeNull();
    await markInterviewEmailed(db, { orgId, id: row.id });
    expect((await db.exitInterview.findUniqueOrThrow({ where: { id: row.id } })).emailedAt).toBeInstanceOf(Date);
  });

  it("keeps each organisation's settings", async () => {
    expect(await getExitSettings(db, { orgId })).toEqual({ exitMinGroupSize: 5, exitMinCommentGroupSize: 5, exitRetentionDays: 365 });
    const settings = { exitMinGroupSize: 3, exitMinCommentGroupSize: 8, exitRetentionDays: 90 };
    await updateExitSettings(db, { orgId, settings });
    expect(await getExitSettings(db, { orgId })).toEqual(settings);
    expect((await getExitSettings(db, { orgId: otherOrgId })).exitMinGroupSize).toBe(5);
  });
});
