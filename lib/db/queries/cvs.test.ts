import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCvText } from "@/lib/cv/ingest";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import {
  createCv,
  deleteCvForUser,
  getCvFileForUser,
  getCvForUser,
  listCvProfilesByUserId,
  listCvsByUserId,
  renameCvForUser,
  saveCvProfileForUser,
} from "@/lib/db/queries/cvs";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../../prisma/migrations"));
const cvText = "Ada Lovelace\nada@example.test\nExperience\nAnalyst at Engines Ltd   2019 - Present\n• Wrote the first program\nSkills\nMathematics, Python";

describe.each(testDatabases())("CV queries on $name", (testDb) => {
  let open: OpenDatabase;
  let db: PrismaClient;
  let ada: string;
  let eve: string;

  beforeAll(async () => {
    ({ open } = await openTestDatabase(testDb));
    await open.withMigrationLock((sql) => applyMigrations(sql, migrations));
    db = open.prisma;
    ada = (await db.user.create({ data: { email: "ada@example.test" } })).id;
    eve = (await db.user.create({ data: { email: "eve@example.test", role: "HR" } })).id;
  });
  afterAll(async () => {
    await open?.close();
    await testDb.dispose();
  });

  it("stores a CV with its file and profile for its owner only", async () => {
    const file = new Uint8Array([37, 80, 68, 70, 45, 1, 2, 3]);
    const { id } = await createCv(db, { userId: ada, name: "Main CV", fileName: "ada.pdf", file, read: readCvText(cvText) });
    expect(id).toBeTruthy();
    expect((await getCvForUser(db, { id: id!, userId: ada }))?.profile.email?.value).toBe("ada@example.test");
    expect(Buffer.from((await getCvFileForUser(db, { id: id!, userId: ada }))!.file!).equals(Buffer.from(file))).toBe(true);
    expect(await getCvForUser(db, { id: id!, userId: eve })).toBeNull();
    expect(await getCvFileForUser(db, { id: id!, userId: eve })).toBeNull();
    expect(await renameCvForUser(db, { id: id!, userId: eve, name: "Taken" })).toBe(false);
    expect(await deleteCvForUser(db, { id: id!, userId: eve })).toBe(false);
    expect((await listCvsByUserId(db, { userId: eve })).length).toBe(0);
    expect((await listCvsByUserId(db, { userId: ada })).map((c) => c.name)).toEqual(["Main CV"]);
    expect((await listCvProfilesByUserId(db, { userId: ada })).map((c) => c.profile.email?.value)).toEqual(["ada@example.test"]);
    expect(await listCvProfilesByUserId(db, { userId: eve })).toEqual([]);
  });

  it("recognises the same content uploaded twice by the same person, but not across people", async () => {
    const again = await createCv(db, { userId: ada, name: "Copy", fileName: null, file: null, read: readCvText(cvText) });
    expect(again).toEqual({ id: null, duplicateOf: { id: expect.any(String), name: "Main CV" } });
    const theirs = await createCv(db, { userId: eve, name: "Eve's copy", fileName: null, file: null, read: readCvText(cvText) });
    expect(theirs.id).toBeTruthy();
    expect(await deleteCvForUser(db, { id: theirs.id!, userId: eve })).toBe(true);
  });

  it("never shows a candidate's CV an HR user uploaded as one of that user's own CVs", async () => {
    const orgId = (await db.organization.create({ data: { name: "Acme" } })).id;
    const candidateText = cvText.replace("Ada Lovelace", "Grace Hopper").replace("ada@", "grace@");
    const candidate = await createCv(db, { userId: eve, orgId, name: "Grace (candidate)", fileName: null, file: null, read: readCvText(candidateText) });
    const id = candidate.id!;
    expect(id).toBeTruthy();
    const own = await createCv(db, { userId: eve, name: "Eve's own", fileName: null, file: null, read: readCvText(cvText) });

    expect((await listCvsByUserId(db, { userId: eve })).map((c) => c.id)).toEqual([own.id]);
    expect((await listCvProfilesByUserId(db, { userId: eve })).map((c) => c.id)).toEqual([own.id]);
    expect(await getCvForUser(db, { id, userId: eve })).toBeNull();
    expect(await getCvFileForUser(db, { id, userId: eve })).toBeNull();
    expect(await renameCvForUser(db, { id, userId: eve, name: "Mine now" })).toBe(false);
    const profile = (await getCvForUser(db, { id: own.id!, userId: eve }))!.profile;
    expect(await saveCvProfileForUser(db, { id, userId: eve, profile, confidence: 1 })).toBe(false);
    expect(await deleteCvForUser(db, { id, userId: eve })).toBe(false);
    expect(await db.cv.count({ where: { id } })).toBe(1);
    await deleteCvForUser(db, { id: own.id!, userId: eve });
  });

  it("hands back the same kind of CV for a file uploaded twice, and refuses to turn one kind into the other", async () => {
    const orgId = (await db.organization.create({ data: { name: "Initech" } })).id;
    const candidateRead = () => readCvText(cvText.replace("Ada Lovelace", "Alan Turing").replace("ada@", "alan@"));
    const first = await createCv(db, { userId: eve, orgId, name: "Alan", fileName: null, file: null, read: candidateRead() });
    expect(await createCv(db, { userId: eve, orgId, name: "Alan again", fileName: null, file: null, read: candidateRead() })).toEqual({
      id: null,
      duplicateOf: { id: first.id, name: "Alan" },
    });
    const asOwn = createCv(db, { userId: eve, name: "Alan as mine", fileName: null, file: null, read: candidateRead() });
    await expect(asOwn).rejects.toMatchObject({ code: "conflict:cv", message: expect.stringContaining("candidate's CV") });
    const otherOrgId = (await db.organization.create({ data: { name: "Hooli" } })).id;
    await expect(createCv(db, { userId: eve, orgId: otherOrgId, name: "Alan", fileName: null, file: null, read: candidateRead() })).rejects.toMatchObject({
      code: "conflict:cv",
      message: expect.stringContaining("another organisation"),
    });

    const ownRead = () => readCvText(cvText.replace("Ada Lovelace", "Eve Example").replace("ada@", "eve@"));
    await createCv(db, { userId: eve, name: "Mine", fileName: null, file: null, read: ownRead() });
    await expect(createCv(db, { userId: eve, orgId, name: "Eve as a candidate", fileName: null, file: null, read: ownRead() })).rejects.toMatchObject({
      code: "conflict:cv",
      message: expect.stringContaining("your own CVs"),
    });
    expect(await db.cv.count({ where: { userId: eve, name: { in: ["Alan as mine", "Eve as a candidate", "Alan again"] } } })).toBe(0);
  });
});
