import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import {
  addQuestion,
  createConversation,
  deleteConversation,
  getConversation,
  listConversations,
  renameConversation,
  sweepAbandonedAnswers,
  type ConversationOwner,
} from "@/lib/db/queries/conversations";
import { listVisitorQuestions, openSharedCv, rotateShareLink, setShareLinkEnabled } from "@/lib/db/queries/share-links";
import { storedProfile } from "@/lib/db/stored-shapes";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import { emptyProfile } from "@/lib/cv/profile";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../../prisma/migrations"));

describe.each(testDatabases())("conversation queries on $name", (testDb) => {
  let open: OpenDatabase;
  let db: PrismaClient;
  let alice: string;
  let bob: string;
  let cvId: string;

  beforeAll(async () => {
    ({ open } = await openTestDatabase(testDb));
    await open.withMigrationLock((sql) => applyMigrations(sql, migrations));
    db = open.prisma;
    alice = (await db.user.create({ data: { email: "alice@example.test" } })).id;
    bob = (await db.user.create({ data: { email: "bob@example.test" } })).id;
    cvId = (
      await db.cv.create({
        data: {
          userId: alice,
          name: "Alice CV",
          mime: "text/plain",
          size: 1,
          sha256: "a",
          text: "Alice",
          profile: storedProfile.write(emptyProfile()),
          parseMethod: "heuristic",
          confidence: 1,
        },
      })
    ).id;
  });
  afterAll(async () => {
    await open?.close();
    await testDb.dispose();
  });

  let n = 0;
  const ask = (conversationId: string, owner: ConversationOwner, text: string) =>
    addQuestion(db, { conversationId, owner, questionId: `q-${++n}-abcdefgh`, text });

  it("never lists, opens, renames, posts into or deletes another user's conversation", async () => {
    const { id } = await createConversation(db, { owner: { userId: alice }, cvId, title: "About Alice" });
    const intruder = { userId: bob };
    expect(await getConversation(db, { id, owner: intruder })).toBeNull();
    expect(await listConversations(db, { owner: intruder })).toEqual([]);
    expect(await renameConversation(db, { id, owner: intruder, title: "Mine" })).toBe(false);
    expect(await ask(id, intruder, "Hello?")).toBeNull();
    expect(await db.message.count({ where: { conversationId: id } })).toBe(0);
    expect(await deleteConversation(db, { id, owner: intruder })).toBe(false);
    expect((await getConversation(db, { id, owner: { userId: alice } }))?.title).toBe("About Alice");
  });

  it("finds conversations by words of their questions and answers, in any case", async () => {
    const { id } = await createConversation(db, { owner: { userId: alice }, cvId, title: "About Alice" });
    await ask(id, { userId: alice }, "Did she ever work in Lisbon?");
    expect((await listConversations(db, { owner: { userId: alice }, search: "LISBON" })).map((c) => c.id)).toEqual([id]);
    expect(await listConversations(db, { owner: { userId: alice }, search: "Oslo" })).toEqual([]);
  });

  it("a visitor's conversation is theirs alone; the CV's owner reads its questions; a rotated or disabled link opens nothing", async () => {
    const tokenHashFor = (link: { id: string; rotatedAt: Date }) => `hash-${link.id}-${link.rotatedAt.getTime()}`;
    expect(await setShareLinkEnabled(db, { cvId, userId: bob, enabled: true, tokenHashFor })).toBe(false);
    expect(await setShareLinkEnabled(db, { cvId, userId: alice, enabled: true, tokenHashFor })).toBe(true);
    const link = await db.cvShareLink.findUniqueOrThrow({ where: { cvId } });
    const opened = await openSharedCv(db, { tokenHash: link.tokenHash });
    expect(opened?.cv.id).toBe(cvId);

    const visitorA = { shareLinkId: link.id, visitorKey: "visitor-a" };
    const visitorB = { shareLinkId: link.id, visitorKey: "visitor-b" };
    const { id } = await createConversation(db, { owner: visitorA, cvId, title: "Visitor" });
    await ask(id, visitorA, "Is she available in June?");
    expect(await getConversation(db, { id, owner: visitorB })).toBeNull();
    expect(await ask(id, visitorB, "Mine now?")).toBeNull();
    expect((await listVisitorQuestions(db, { cvId, userId: alice })).map((q) => q.text)).toContain("Is she available in June?");
    expect(await listVisitorQuestions(db, { cvId, userId: bob })).toEqual([]);

    expect(await rotateShareLink(db, { cvId, userId: bob, tokenHashFor })).toBe(false);
    expect(await rotateShareLink(db, { cvId, userId: alice, tokenHashFor })).toBe(true);
    expect(await openSharedCv(db, { tokenHash: link.tokenHash })).toBeNull();
    const rotated = await db.cvShareLink.findUniqueOrThrow({ where: { cvId } });
    expect(await openSharedCv(db, { tokenHash: rotated.tokenHash })).not.toBeNull();
    await setShareLinkEnabled(db, { cvId, userId: alice, enabled: false, tokenHashFor });
    expect(await openSharedCv(db, { tokenHash: rotated.tokenHash })).toBeNull();
  });

  it("a conversation needs an owner: a user, or a visitor of a link", async () => {
    await expect(db.conversation.create({ data: { cvId, title: "Nobody's" } })).rejects.toThrow();
  });

  it("answers left streaming by a crash become INTERRUPTED with their partial text", async () => {
    const { id } = await createConversation(db, { owner: { userId: alice }, cvId, title: "Crash" });
    const saved = await ask(id, { userId: alice }, "Where?");
    await db.message.update({ where: { id: saved!.answerId }, data: { text: "Half an ans" } });
    expect(await sweepAbandonedAnswers(db, { olderThanMs: 60_000 })).toBe(0);
    expect(await sweepAbandonedAnswers(db, { olderThanMs: 0 })).toBeGreaterThanOrEqual(1);
    expect(await db.message.findUniqueOrThrow({ where: { id: saved!.answerId } })).toMatchObject({ status: "INTERRUPTED", text: "Half an ans" });
  });
});
