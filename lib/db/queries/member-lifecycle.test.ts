import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentScopeOf } from "@/lib/auth/document-scope";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { deleteUserAndOwnedData, exportUserDataById } from "@/lib/db/queries/accounts";
import { createEditedVersion, createGeneration, getGenerationInScope, listGenerationsInScope, listVersionsOfGeneration } from "@/lib/db/queries/generations";
import { createInvitation, registerWithInvitation } from "@/lib/db/queries/invitations";
import { removeMember } from "@/lib/db/queries/members";
import { createUserWithOrganization } from "@/lib/db/queries/users";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../../prisma/migrations"));

describe.each(testDatabases())("a member's whole stay in an organisation on $name", (testDb) => {
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

  const sessionUser = async (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { id: true, role: true, organizationId: true } });
  const write = (userId: string, orgId: string | null, title: string, task = "job-description") =>
    createGeneration(db, { userId, orgId, task, title, input: { title }, promptId: task, promptVersion: 1 });

  it("invite, write, remove, export, delete: the organisation keeps every document and the leaver takes none", async () => {
    const admin = await createUserWithOrganization(db, {
      email: "ada@acme.test",
      name: "Ada Admin",
      passwordHash: "scrypt$x",
      role: "ADMIN",
      organizationName: "Acme",
    });
    const orgId = (await sessionUser(admin.id)).organizationId!;
    const { token } = await createInvitation(db, { orgId, email: "cole@acme.test", role: "HR", invitedById: admin.id });
    const joined = await registerWithInvitation(db, { email: "cole@acme.test", name: "Cole League", passwordHash: "scrypt$y", token });
    if (!joined.ok) throw new Error(`invitation refused: ${joined.reason}`);
    const cole = joined.userId;

    // Cole writes organisation documents, one of them a confidential performance review, and a
    // personal draft from before joining; Ada makes a version of Cole's posting.
    const posting = await write(cole, orgId, "Warehouse lead posting");
    const review = await write(cole, orgId, "Confidential: performance review of Dana", "performance-review");
    const personal = await write(cole, null, "Cole's own cover letter notes");
    const adaVersion = await createEditedVersion(db, { parentId: posting.id, scope: { orgId }, userId: admin.id, output: "edited by Ada" });
    // Cole invites someone too; the invitation belongs to the organisation.
    const sent = await createInvitation(db, { orgId, email: "newhire@acme.test", role: "HR", invitedById: cole });

    const whileMember = await exportUserDataById(db, { id: cole, scope: documentScopeOf(await sessionUser(cole)) });
    expect(whileMember?.generations.map((g) => g.title).sort()).toEqual(["Confidential: performance review of Dana", "Warehouse lead posting"]);

    expect(await removeMember(db, { orgId, userId: cole })).toBe("changed");
    const afterRemoval = await exportUserDataById(db, { id: cole, scope: documentScopeOf(await sessionUser(cole)) });
    expect(afterRemoval?.generations.map((g) => g.title)).toEqual(["Cole's own cover letter notes"]);
    expect(JSON.stringify(afterRemoval)).not.toMatch(/Confidential|Warehouse|edited by Ada/);

    // While Cole's account exists but Cole has left, the organisation shows them as a former member.
    const adminScope = documentScopeOf(await sessionUser(admin.id));
    expect((await getGenerationInScope(db, { id: review.id, scope: adminScope }))?.author).toBeNull();

    expect(await deleteUserAndOwnedData(db, { id: cole })).toBe("deleted");
    expect(await db.user.count({ where: { id: cole } })).toBe(0);
    expect(await db.generation.count({ where: { id: personal.id } })).toBe(0);

    // The admin still sees everything Cole wrote, with the author shown as a former member.
    const { items } = await listGenerationsInScope(db, { scope: adminScope });
    expect(items.map((i) => [i.title, i.author?.id ?? null])).toEqual([
      ["Warehouse lead posting", admin.id],
      ["Confidential: performance review of Dana", null],
      ["Warehouse lead posting", null],
    ]);
    const kept = await getGenerationInScope(db, { id: review.id, scope: adminScope });
    expect(kept).toMatchObject({ title: "Confidential: performance review of Dana", author: null });
    expect((await getGenerationInScope(db, { id: adaVersion!.id, scope: adminScope }))?.author).toEqual({ id: admin.id, name: "Ada Admin" });
    const versions = await listVersionsOfGeneration(db, { id: posting.id, scope: adminScope });
    expect(versions.map((v) => v.author?.id ?? null)).toEqual([null, admin.id]);
    expect(await db.invitation.findUnique({ where: { id: sent.id } })).toMatchObject({ orgId, invitedById: null });
  });

  it("a document must always have an owner: a user's personal documents cannot be orphaned", async () => {
    const lone = await db.user.create({ data: { email: "lone@example.test" } });
    await write(lone.id, null, "Personal");
    await expect(db.user.delete({ where: { id: lone.id } })).rejects.toThrow();
    expect(await deleteUserAndOwnedData(db, { id: lone.id })).toBe("deleted");
  });

  it("the last member leaving takes the empty organisation and its documents with it", async () => {
    const solo = await createUserWithOrganization(db, {
      email: "solo@acme.test",
      name: "Solo",
      passwordHash: "scrypt$z",
      role: "ADMIN",
      organizationName: "Solo Ltd",
    });
    const orgId = (await sessionUser(solo.id)).organizationId!;
    await write(solo.id, orgId, "Solo posting");
    expect(await deleteUserAndOwnedData(db, { id: solo.id })).toBe("deleted");
    expect(await db.organization.count({ where: { id: orgId } })).toBe(0);
    expect(await db.generation.count({ where: { orgId } })).toBe(0);
  });
});
