import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import {
  cancelGenerationByIdForUser,
  createEditedVersion,
  createGeneration,
  deleteGenerationInScope,
  finishGeneration,
  getGenerationInScope,
  listGenerationsInScope,
  listVersionsOfGeneration,
  saveGenerationProgress,
  sweepAbandonedGenerations,
} from "@/lib/db/queries/generations";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../../prisma/migrations"));

describe.each(testDatabases())("generation queries on $name", (testDb) => {
  let open: OpenDatabase;
  let db: PrismaClient;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    ({ open } = await openTestDatabase(testDb));
    await open.withMigrationLock((sql) => applyMigrations(sql, migrations));
    db = open.prisma;
    alice = (await db.user.create({ data: { email: "alice@example.test", role: "HR" } })).id;
    bob = (await db.user.create({ data: { email: "bob@example.test", role: "HR" } })).id;
  });
  afterAll(async () => {
    await open?.close();
    await testDb.dispose();
  });

  const start = (userId: string, title = "Nurse", orgId: string | null = null) =>
    createGeneration(db, { userId, orgId, task: "job-description", title, input: { title }, promptId: "job-description", promptVersion: 1 });
  const own = (userId: string) => ({ userId });

  it("never shows, stops or deletes another user's document", async () => {
    const { id } = await start(alice);
    expect(await getGenerationInScope(db, { id, scope: own(bob) })).toBeNull();
    expect(await cancelGenerationByIdForUser(db, { id, userId: bob })).toBe(false);
    expect(await deleteGenerationInScope(db, { id, scope: own(bob) })).toBe(false);
    expect((await listGenerationsInScope(db, { scope: own(bob) })).items.map((g) => g.id)).not.toContain(id);
    expect((await getGenerationInScope(db, { id, scope: own(alice) }))?.status).toBe("STREAMING");
  });

  it("a stop by the owner wins over the final write, which still records the text", async () => {
    const { id } = await start(alice);
    await saveGenerationProgress(db, { id, output: "Half" });
    expect(await cancelGenerationByIdForUser(db, { id, userId: alice })).toBe(true);
    expect(await saveGenerationProgress(db, { id, output: "Half a" })).toBe(false);
    await finishGeneration(db, { id, status: "COMPLETE", output: "Half a doc", usage: { model: "offline:draft", provider: "offline", durationMs: 5 } });
    const row = await getGenerationInScope(db, { id, scope: own(alice) });
    expect(row).toMatchObject({ status: "CANCELLED", output: "Half a doc", model: "offline:draft" });
  });

  it("an edit becomes a new version linked to its parent; nobody else can edit or list the versions", async () => {
    const { id } = await start(alice, "Chef");
    await finishGeneration(db, { id, status: "COMPLETE", output: "v1", usage: { model: "offline:draft", provider: "offline", durationMs: 1 } });
    expect(await createEditedVersion(db, { parentId: id, scope: own(bob), userId: bob, output: "hijack" })).toBeNull();
    const v2 = await createEditedVersion(db, { parentId: id, scope: own(alice), userId: alice, output: "v2" });
    const v3 = await createEditedVersion(db, { parentId: v2!.id, scope: own(alice), userId: alice, output: "v3" });
    expect((await listVersionsOfGeneration(db, { id: v2!.id, scope: own(alice) })).map((v) => v.id)).toEqual([id, v2!.id, v3!.id]);
    expect(await listVersionsOfGeneration(db, { id: v2!.id, scope: own(bob) })).toEqual([]);
    expect(await getGenerationInScope(db, { id, scope: own(alice) })).toMatchObject({ output: "v1", status: "COMPLETE" });
    expect(await getGenerationInScope(db, { id: v3!.id, scope: own(alice) })).toMatchObject({
      output: "v3",
      model: "edit:you",
      parentId: v2!.id,
      title: "Chef",
    });
  });

  it("rows left streaming by a crash become INTERRUPTED with their partial text", async () => {
    const { id } = await start(alice);
    await saveGenerationProgress(db, { id, output: "Partial text" });
    expect(await sweepAbandonedGenerations(db, { olderThanMs: 60_000 })).toBe(0);
    expect(await sweepAbandonedGenerations(db, { olderThanMs: 0 })).toBeGreaterThanOrEqual(1);
    expect(await getGenerationInScope(db, { id, scope: own(alice) })).toMatchObject({ status: "INTERRUPTED", output: "Partial text" });
  });

  it("finds documents by words in their title or text, with prefix matching, only among the user's own", async () => {
    const dora = (await db.user.create({ data: { email: "dora@example.test" } })).id;
    const mk = async (userId: string, title: string, output: string, task = "job-description", model = "offline:draft") => {
      const { id } = await start(userId, title);
      await db.generation.update({ where: { id }, data: { output, task, model, provider: model.split(":")[0], status: "COMPLETE" } });
      return id;
    };
    const nurse = await mk(dora, "Night Nurse", "Care for patients in the ICU at night.");
    const chef = await mk(dora, "Sous Chef", "Run the pass; mentor commis chefs.", "offer-letter", "groq:llama-3.3-70b-versatile");
    const foreign = await mk(alice, "Night Porter", "Nights at the hotel desk.");
    const find = async (filters: Parameters<typeof listGenerationsInScope>[1]["filters"], userId = dora) =>
      (await listGenerationsInScope(db, { scope: own(userId), filters })).items.map((g) => g.id);

    expect(await find({ query: "patients" })).toEqual([nurse]);
    expect(await find({ query: "men" })).toEqual([chef]);
    expect(await find({ query: "night" })).toEqual([nurse]);
    expect(await find({ query: "NIGHT icu" })).toEqual([nurse]);
    expect(await find({ query: "night chef" })).toEqual([]);
    expect(await find({ query: "!!!" })).toEqual([chef, nurse]);
    expect(await find({ task: "offer-letter" })).toEqual([chef]);
    expect(await find({ model: "groq" })).toEqual([chef]);
    expect(await find({ model: "offline:draft" })).toEqual([nurse]);
    expect(await find({ from: new Date(Date.now() + 60_000) })).toEqual([]);
    expect(await find({ query: "night" }, alice)).toContain(foreign);
    expect(await find({ query: "night" }, alice)).not.toContain(nurse);
  });

  it("pages through history newest first without gaps or repeats", async () => {
    const carol = (await db.user.create({ data: { email: "carol@example.test" } })).id;
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await start(carol, `Doc ${i}`)).id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listGenerationsInScope(db, { scope: own(carol), cursor, limit: 3 });
      seen.push(...page.items.map((g) => g.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
  });

  it("an organisation's HR users share its documents; other organisations and departed members see none", async () => {
    const [orgA, orgB] = await Promise.all([db.organization.create({ data: { name: "A" } }), db.organization.create({ data: { name: "B" } })]);
    const [writer, colleague, stranger] = await Promise.all(
      [orgA.id, orgA.id, orgB.id].map((organizationId, i) =>
        db.user.create({ data: { email: `org-${i}@example.test`, name: `Org ${i}`, role: "HR", organizationId } }),
      ),
    );
    const { id } = await start(writer!.id, "Shared Welder", orgA.id);
    const private_ = await start(writer!.id, "Before joining", null);
    const inA = { orgId: orgA.id };
    const inB = { orgId: orgB.id };

    expect(await getGenerationInScope(db, { id, scope: inA })).toMatchObject({ title: "Shared Welder", author: { id: writer!.id, name: "Org 0" } });
    expect((await listGenerationsInScope(db, { scope: inA })).items).toEqual([expect.objectContaining({ id, author: { id: writer!.id, name: "Org 0" } })]);
    expect(await getGenerationInScope(db, { id, scope: inB })).toBeNull();
    expect((await listGenerationsInScope(db, { scope: inB })).items).toEqual([]);
    // A document written outside any organisation stays its author's alone.
    expect(await getGenerationInScope(db, { id: private_.id, scope: inA })).toBeNull();
    expect(await getGenerationInScope(db, { id, scope: own(writer!.id) })).toBeNull();

    // A colleague may make a version; only the author (or an admin, who passes no author) deletes.
    const edited = await createEditedVersion(db, { parentId: id, scope: inA, userId: colleague!.id, output: "edited" });
    expect(edited).not.toBeNull();
    expect(await createEditedVersion(db, { parentId: id, scope: inB, userId: stranger!.id, output: "x" })).toBeNull();
    expect(await deleteGenerationInScope(db, { id, scope: inA, authorId: colleague!.id })).toBe(false);
    expect(await deleteGenerationInScope(db, { id, scope: inB })).toBe(false);
    expect(await deleteGenerationInScope(db, { id: edited!.id, scope: inA })).toBe(true);
    expect(await deleteGenerationInScope(db, { id, scope: inA, authorId: writer!.id })).toBe(true);
  });
});
