import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyProfile } from "@/lib/cv/profile";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { storedProfile } from "@/lib/db/stored-shapes";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import { loadExperimentRows } from "@/lib/experiments/load";
import { conversationOfOwnFinishedAnswer, ownRatingOf, saveFeedback } from "@/lib/feedback/queries";
import { loadFeedback } from "@/lib/feedback/recent";
import { recordDocumentEdit } from "@/lib/feedback/record-edit";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadUsageRows } from "@/lib/usage/load";

const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../prisma/migrations"));
const since = new Date(Date.now() - 86_400_000);

describe.each(testDatabases())("usage, feedback and experiment queries on $name", (testDb) => {
  let open: OpenDatabase;
  let db: PrismaClient;
  let orgId: string;
  let otherOrgId: string;
  let hr: string;
  let seeker: string;

  const cv = (data: { userId?: string; orgId?: string }) =>
    db.cv.create({
      data: {
        ...data,
        name: "CV",
        mime: "text/plain",
        size: 1,
        sha256: `h${Math.random()}`,
        text: "x",
        profile: storedProfile.write(emptyProfile()),
        parseMethod: "heuristic",
        confidence: 1,
      },
    });
  const document = (data: {
    userId: string;
    orgId: string | null;
    output?: string;
    promptVersion?: number;
    status?: "COMPLETE" | "FAILED";
    parentId?: string;
    provider?: string;
  }) =>
    db.generation.create({
      data: {
        task: "job-description",
        title: "Nurse",
        input: {},
        promptId: "job-description",
        promptVersion: 3,
        model: "groq:llama",
        provider: "groq",
        status: "COMPLETE",
        ...data,
      },
    });
  const answer = async (conversationOwner: string, cvId: string) => {
    const conversation = await db.conversation.create({ data: { cvId, userId: conversationOwner, title: "Q" } });
    return db.message.create({ data: { conversationId: conversation.id, role: "ASSISTANT", text: "An answer", model: "offline:chat", provider: "offline" } });
  };

  beforeAll(async () => {
    ({ open } = await openTestDatabase(testDb));
    await open.withMigrationLock((sql) => applyMigrations(sql, migrations));
    db = open.prisma;
    orgId = (await db.organization.create({ data: { name: "Clinic" } })).id;
    otherOrgId = (await db.organization.create({ data: { name: "Other" } })).id;
    hr = (await db.user.create({ data: { email: "hr@example.test", name: "Harriet", role: "HR", organizationId: orgId } })).id;
    seeker = (await db.user.create({ data: { email: "seeker@example.test", role: "CANDIDATE" } })).id;
  });
  afterAll(async () => {
    await open?.close();
    await testDb.dispose();
  });

  it("counts an organisation's documents and candidate answers, never a job seeker's own or another organisation's", async () => {
    await document({ userId: hr, orgId });
    await document({ userId: seeker, orgId: null });
    await document({ userId: hr, orgId: otherOrgId });
    await answer(hr, (await cv({ orgId })).id);
    await answer(seeker, (await cv({ userId: seeker })).id);
    const rows = await loadUsageRows(db, { orgId, from: since });
    expect(rows.map((r) => [r.kind, r.who]).sort()).toEqual([
      ["answer", "Harriet"],
      ["document", "Harriet"],
    ]);
  });

  it("keeps one rating per person and item, changed in place, and lists it for the organisation only", async () => {
    const doc = await document({ userId: hr, orgId });
    await saveFeedback(db, { userId: hr, target: { generationId: doc.id }, rating: "DOWN", reason: "Too long" });
    await saveFeedback(db, { userId: hr, target: { generationId: doc.id }, rating: "UP" });
    expect(await db.feedback.count({ where: { generationId: doc.id } })).toBe(1);
    expect(await ownRatingOf(db, { userId: hr, target: { generationId: doc.id } })).toEqual({ rating: "UP", reason: null });
    const ours = await loadFeedback(db, { orgId, from: since });
    expect(ours.items.map((i) => [i.rating, i.who, i.target.kind])).toContainEqual(["UP", "Harriet", "document"]);
    expect((await loadFeedback(db, { orgId: otherOrgId, from: since })).items).toEqual([]);
  });

  it("lets only the asker rate a finished answer, and refuses a row that rates nothing", async () => {
    const reply = await answer(seeker, (await cv({ userId: seeker })).id);
    expect(await conversationOfOwnFinishedAnswer(db, { userId: seeker, messageId: reply.id })).toBe(reply.conversationId);
    expect(await conversationOfOwnFinishedAnswer(db, { userId: hr, messageId: reply.id })).toBeNull();
    await expect(db.feedback.create({ data: { userId: hr, rating: "UP" } })).rejects.toThrow();
  });

  it("records how far an edit of an edit moved from the text the model wrote", async () => {
    const written = await document({ userId: hr, orgId, output: "one two three four five" });
    const firstEdit = await document({ userId: hr, orgId, output: "one two three four six", parentId: written.id, provider: "edit" });
    const secondEdit = await document({ userId: hr, orgId, output: "one two seven four six", parentId: firstEdit.id, provider: "edit" });
    expect(await recordDocumentEdit(db, { versionId: secondEdit.id })).toEqual({ generationId: written.id, distance: 2 / 5 });
    expect(await recordDocumentEdit(db, { versionId: written.id })).toBeNull();
  });

  it("reads both versions of an experiment with their ratings, edits and lengths", async () => {
    const experimentOrg = (await db.organization.create({ data: { name: "Lab" } })).id;
    const a = await document({ userId: hr, orgId: experimentOrg, output: "a".repeat(10), promptVersion: 3 });
    await document({ userId: hr, orgId: experimentOrg, output: "b".repeat(20), promptVersion: 4, status: "FAILED" });
    await document({ userId: hr, orgId: experimentOrg, promptVersion: 2 });
    await saveFeedback(db, { userId: hr, target: { generationId: a.id }, rating: "UP" });
    await db.documentEdit.create({
      data: { generationId: a.id, versionId: (await document({ userId: hr, orgId: null, parentId: a.id, provider: "edit" })).id, distance: 0.25 },
    });
    const rows = await loadExperimentRows(db, { orgId: experimentOrg, promptId: "job-description", versions: [3, 4], from: since });
    expect(rows.sort((x, y) => x.version - y.version)).toEqual([
      { version: 3, status: "COMPLETE", length: 10, ttftMs: null, up: 1, down: 0, editDistance: 0.25 },
      { version: 4, status: "FAILED", length: 20, ttftMs: null, up: 0, down: 0, editDistance: null },
    ]);
  });
});
