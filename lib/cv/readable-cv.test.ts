import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { readCvText } from "@/lib/cv/ingest";
import { getReadableCv } from "@/lib/cv/readable-cv";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { createCv } from "@/lib/db/queries/cvs";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";

const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../prisma/migrations"));
const cvOf = (name: string) => `${name}\nExperience\nWelder at Forge Ltd   2017 - Present\n• Welded frames\nSkills\nTIG welding`;

describe.each(testDatabases())("who may read a CV, on $name", (testDb) => {
  let open: OpenDatabase;
  let db: PrismaClient;
  let counter = 0;
  const person = async (role: Role, organizationId: string | null = null): Promise<SessionUser> => {
    const email = `p${++counter}@example.test`;
    const { id } = await db.user.create({ data: { email, role, organizationId } });
    return { id, email, name: null, role, organizationId };
  };
  const saveCv = async (owner: SessionUser, orgId: string | null, name: string) =>
    (await createCv(db, { userId: owner.id, orgId, name, fileName: null, file: null, read: readCvText(cvOf(name)) })).id!;

  beforeAll(async () => {
    ({ open } = await openTestDatabase(testDb));
    await open.withMigrationLock((sql) => applyMigrations(sql, migrations));
    db = open.prisma;
  });
  afterAll(async () => {
    await open?.close();
    await testDb.dispose();
  });

  it("lets a job seeker read their own CV and nobody else's", async () => {
    const orgId = (await db.organization.create({ data: { name: "Acme" } })).id;
    const owner = await person("CANDIDATE");
    const ownCv = await saveCv(owner, null, "Owner Person");
    const read = await getReadableCv(db, owner, ownCv);
    expect(read).toMatchObject({ id: ownCv, name: "Owner Person", orgId: null, userId: owner.id });
    expect(read?.text).toContain("Owner Person");
    expect(read?.profile.experience.length).toBeGreaterThan(0);
    for (const outsider of [await person("CANDIDATE"), await person("HR", orgId), await person("ADMIN", orgId), await person("CANDIDATE", orgId)]) {
      expect(await getReadableCv(db, outsider, ownCv), outsider.role).toBeNull();
    }
  });

  it("lets the organisation's HR and admins read its candidates' CVs, and nobody else", async () => {
    const orgA = (await db.organization.create({ data: { name: "Acme" } })).id;
    const orgB = (await db.organization.create({ data: { name: "Globex" } })).id;
    const uploader = await person("HR", orgA);
    const candidateCv = await saveCv(uploader, orgA, "Candidate Person");

    for (const reader of [uploader, await person("HR", orgA), await person("ADMIN", orgA)]) {
      expect(await getReadableCv(db, reader, candidateCv), reader.role).toMatchObject({ id: candidateCv, orgId: orgA, userId: uploader.id });
    }
    const seekerInOrg = await person("CANDIDATE", orgA);
    const outsiders = [seekerInOrg, await person("HR", orgB), await person("ADMIN", orgB), await person("CANDIDATE"), await person("HR")];
    for (const outsider of outsiders) {
      expect(await getReadableCv(db, outsider, candidateCv), `${outsider.role} of ${outsider.organizationId}`).toBeNull();
    }
    // An uploader who has left the organisation no longer reads what they uploaded for it.
    expect(await getReadableCv(db, { ...uploader, organizationId: null }, candidateCv)).toBeNull();
    expect(await getReadableCv(db, { ...uploader, role: "CANDIDATE" }, candidateCv)).toBeNull();
  });

  it("gives an HR user without an organisation only their own CVs", async () => {
    const loneHr = await person("HR");
    const own = await saveCv(loneHr, null, "Lone Person");
    const someoneElse = await saveCv(await person("CANDIDATE"), null, "Someone Else");
    expect(await getReadableCv(db, loneHr, own)).toMatchObject({ id: own });
    expect(await getReadableCv(db, loneHr, someoneElse)).toBeNull();
  });
});
