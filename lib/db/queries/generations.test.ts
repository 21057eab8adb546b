import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import {
  cancelGenerationByIdForUser,
  createEditedVersion,
  createGeneration,
  deleteGenerationByIdForUser,
  finishGeneration,
  getGenerationByIdForUser,
  listGenerationsByUserId,
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

  const start = (userId: string, title = "Nurse") =>
    createGeneration(db, { userId, orgId: null, task: "job-description", title, input: { title }, promptId: "job-description", promptVersion: 1 });

  it("never shows, stops or deletes another user's document", async () => {
    const { id } = await start(alice);
    expect(await getGenerationByIdForUser(db, { id, userId: bob })).toBeNull();
    expect(await cancelGenerationByIdForUser(db, { id, userId: bob })).toBe(false);
    expect(await deleteGenerationByIdForUser(db, { id, userId: bob })).toBe(false);
    expect((await listGenerationsByUserId(db, { userId: bob })).items.map((g) => g.id)).not.toContain(id);
    expect((await getGenerationByIdForUser(db, { id, userId: alice }))?.status).toBe("STREAMING");
  });

  it("a stop by the owner wins over the final write, which still records the text", async () => {
    const { id } = await start(alice);
    await saveGenerationProgress(db, { id, output: "Half" });
    expect(await cancelGenerationByIdForUser(db, { id, userId: alice })).toBe(true);
    expect(await saveGenerationProgress(db, { id, output: "Half a" })).toBe(false);
    await finishGeneration(db, { id, status: "COMPLETE", output: "Half a doc", usage: { model: "offline:draft", provider: "offline", durationMs: 5 } });
    const row = await getGenerationByIdForUser(db, { id, userId: alice });
    expect(row).toMatchObject({ status: "CANCELLED", output: "Half a doc", model: "offline:draft" });
  });

  it("an edit becomes a new version linked to its parent; nobody else can edit or list the versions", async () => {
    const { id } = await start(alice, "Chef");
    await finishGeneration(db, { id, status: "COMPLETE", output: "v1", usage: { model: "offline:draft", provider: "offline", durationMs: 1 } });
    expect(await createEditedVersion(db, { parentId: id, userId: bob, output: "hijack" })).toBeNull();
    const v2 = await createEditedVersion(db, { parentId: id, userId: alice, output: "v2" });
    const v3 = await createEditedVersion(db, { parentId: v2!.id, userId: alice, output: "v3" });
    expect((await listVersionsOfGeneration(db, { id: v2!.id, userId: alice })).map((v) => v.id)).toEqual([id, v2!.id, v3!.id]);
    expect(await listVersionsOfGeneration(db, { id: v2!.id, userId: bob })).toEqual([]);
    expect(await getGenerationByIdForUser(db, { id, userId: alice })).toMatchObject({ output: "v1", status: "COMPLETE" });
    expect(await getGenerationByIdForUser(db, { id: v3!.id, userId: alice })).toMatchObject({ output: "v3", model: "edit:you", parentId: v2!.id, title: "Chef" });
  });

  it("rows left streaming by a crash become INTERRUPTED with their partial text", async () => {
    const { id } = await start(alice);
    await saveGenerationProgress(db, { id, output: "Partial text" });
    expect(await sweepAbandonedGenerations(db, { olderThanMs: 60_000 })).toBe(0);
    expect(await sweepAbandonedGenerations(db, { olderThanMs: 0 })).toBeGreaterThanOrEqual(1);
    expect(await getGenerationByIdForUser(db, { id, userId: alice })).toMatchObject({ status: "INTERRUPTED", output: "Partial text" });
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
    const find = async (filters: Parameters<typeof listGenerationsByUserId>[1]["filters"], userId = dora) =>
      (await listGenerationsByUserId(db, { userId, filters })).items.map((g) => g.id);

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
      const page = await listGenerationsByUserId(db, { userId: carol, cursor, limit: 3 });
      seen.push(...page.items.map((g) => g.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
  });
});
