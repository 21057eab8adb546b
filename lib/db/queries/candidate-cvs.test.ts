import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCvText } from "@/lib/cv/ingest";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { deleteCandidateCvForOrg, getCandidateCvForOrg, listCandidateCvsByOrgId } from "@/lib/db/queries/candidate-cvs";
import { createCv } from "@/lib/db/queries/cvs";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../../prisma/migrations"));
const cvOf = (name: string) =>
  `${name}\n${name.split(" ")[0]!.toLowerCase()}@example.test\nExperience\nNurse at City Clinic   2018 - Present\n• Ran the ward\nSkills\nTriage`;

describe.each(testDatabases())("candidate CV queries on $name", (testDb) => {
  let open: OpenDatabase;
  let db: PrismaClient;
  let orgA: string;
  let orgB: string;
  let hrA: string;
  let hrB: string;

  beforeAll(async () => {
    ({ open } = await openTestDatabase(testDb));
    await open.withMigrationLock((sql) => applyMigrations(sql, migrations));
    db = open.prisma;
    orgA = (await db.organization.create({ data: { name: "Acme" } })).id;
    orgB = (await db.organization.create({ data: { name: "Globex" } })).id;
    hrA = (await db.user.create({ data: { email: "hr-a@example.test", name: "Hana HR", role: "HR", organizationId: orgA } })).id;
    hrB = (await db.user.create({ data: { email: "hr-b@example.test", role: "HR", organizationId: orgB } })).id;
  });
  afterAll(async () => {
    await open?.close();
    await testDb.dispose();
  });

  it("lists, reads and deletes an organisation's candidate CVs inside that organisation only", async () => {
    const save = (userId: string, orgId: string | null, name: string) =>
      createCv(db, { userId, orgId, name, fileName: `${name}.pdf`, file: null, read: readCvText(cvOf(name)) }).then((saved) => saved.id!);
    const first = await save(hrA, orgA, "Maria Lopez");
    const second = await save(hrA, orgA, "Tom Berg");
    const foreign = await save(hrB, orgB, "Olga Petrova");
    await save(hrA, null, "Hana Own");

    const listed = await listCandidateCvsByOrgId(db, { orgId: orgA });
    expect(new Set(listed.map((c) => c.id))).toEqual(new Set([first, second]));
    expect(listed.every((c) => c.uploadedBy === "Hana HR")).toBe(true);
    expect((await listCandidateCvsByOrgId(db, { orgId: orgB })).map((c) => c.uploadedBy)).toEqual(["hr-b@example.test"]);

    const read = await getCandidateCvForOrg(db, { id: first, orgId: orgA });
    expect(read?.text).toContain("Maria Lopez");
    expect(read?.profile.email?.value).toBe("maria@example.test");
    expect(await getCandidateCvForOrg(db, { id: foreign, orgId: orgA })).toBeNull();
    expect(await getCandidateCvForOrg(db, { id: first, orgId: orgB })).toBeNull();

    expect(await deleteCandidateCvForOrg(db, { id: first, orgId: orgB })).toBe(false);
    expect(await deleteCandidateCvForOrg(db, { id: first, orgId: orgA })).toBe(true);
    expect((await listCandidateCvsByOrgId(db, { orgId: orgA })).map((c) => c.id)).toEqual([second]);
    expect(await db.cv.count({ where: { id: foreign } })).toBe(1);
  });
});
