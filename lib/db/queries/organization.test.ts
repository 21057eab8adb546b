import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import {
  acceptInvitation,
  createInvitation,
  findInvitationByToken,
  listOpenInvitationsByOrgId,
  registerWithInvitation,
  revokeInvitation,
} from "@/lib/db/queries/invitations";
import { changeMemberRole, listMembersByOrgId, removeMember } from "@/lib/db/queries/members";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";

const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../../prisma/migrations"));

describe.each(testDatabases())("organisation membership on $name", (testDb) => {
  let open: OpenDatabase;
  let db: PrismaClient;
  let orgId: string;
  let otherOrgId: string;
  let admin: string;
  let counter = 0;

  const person = async (role: Role = "CANDIDATE", organizationId: string | null = null) =>
    (await db.user.create({ data: { email: `p${++counter}@example.test`, role, organizationId } })).id;

  beforeAll(async () => {
    ({ open } = await openTestDatabase(testDb));
    await open.withMigrationLock((sql) => applyMigrations(sql, migrations));
    db = open.prisma;
    orgId = (await db.organization.create({ data: { name: "Acme" } })).id;
    otherOrgId = (await db.organization.create({ data: { name: "Globex" } })).id;
    admin = await person("ADMIN", orgId);
  });
  afterAll(async () => {
    await open?.close();
    await testDb.dispose();
  });

  it("an invitation joins the invited email to the organisation once, with the invited role", async () => {
    const invitee = await person();
    const email = (await db.user.findUniqueOrThrow({ where: { id: invitee } })).email;
    const { token } = await createInvitation(db, { orgId, email, role: "HR", invitedById: admin });
    expect(await db.invitation.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored
    expect(await findInvitationByToken(db, { token })).toMatchObject({ email, organization: { name: "Acme" } });

    const stranger = await person();
    expect(await db.$transaction((tx) => acceptInvitation(tx, { token, userId: stranger }))).toEqual({ ok: false, reason: "wrong_email" });
    expect(await db.$transaction((tx) => acceptInvitation(tx, { token, userId: invitee }))).toEqual({ ok: true, orgId, role: "HR" });
    expect(await db.user.findUniqueOrThrow({ where: { id: invitee } })).toMatchObject({ organizationId: orgId, role: "HR" });
    expect(await db.$transaction((tx) => acceptInvitation(tx, { token, userId: invitee }))).toEqual({ ok: false, reason: "accepted" });
    expect((await listMembersByOrgId(db, { orgId })).map((m) => m.id)).toContain(invitee);
  });

  it("refuses expired, revoked and unknown links, and members of another organisation", async () => {
    const invitee = await person();
    const email = (await db.user.findUniqueOrThrow({ where: { id: invitee } })).email;
    const expired = await createInvitation(db, { orgId, email, role: "HR", invitedById: admin, lifetimeMs: -1 });
    expect(await db.$transaction((tx) => acceptInvitation(tx, { token: expired.token, userId: invitee }))).toEqual({ ok: false, reason: "expired" });

    const revoked = await createInvitation(db, { orgId, email, role: "HR", invitedById: admin });
    expect(await revokeInvitation(db, { orgId: otherOrgId, id: revoked.id })).toBe(false);
    expect(await revokeInvitation(db, { orgId, id: revoked.id })).toBe(true);
    expect(await db.$transaction((tx) => acceptInvitation(tx, { token: revoked.token, userId: invitee }))).toEqual({ ok: false, reason: "revoked" });
    expect((await listOpenInvitationsByOrgId(db, { orgId })).map((i) => i.id)).toEqual(expect.arrayContaining([expired.id]));
    expect((await listOpenInvitationsByOrgId(db, { orgId })).map((i) => i.id)).not.toContain(revoked.id);

    expect(await db.$transaction((tx) => acceptInvitation(tx, { token: "made-up", userId: invitee }))).toEqual({ ok: false, reason: "not_found" });

    const elsewhere = await person("HR", otherOrgId);
    const elsewhereEmail = (await db.user.findUniqueOrThrow({ where: { id: elsewhere } })).email;
    const poach = await createInvitation(db, { orgId, email: elsewhereEmail, role: "ADMIN", invitedById: admin });
    expect(await db.$transaction((tx) => acceptInvitation(tx, { token: poach.token, userId: elsewhere }))).toEqual({ ok: false, reason: "other_organization" });
    expect(await db.user.findUniqueOrThrow({ where: { id: elsewhere } })).toMatchObject({ organizationId: otherOrgId, role: "HR" });
  });

  it("changes roles and removes members, but never the last admin, and only within the organisation", async () => {
    const colleague = await person("HR", orgId);
    const outsider = await person("HR", otherOrgId);
    expect(await changeMemberRole(db, { orgId, userId: outsider, role: "ADMIN" })).toBe("not_found");
    expect(await removeMember(db, { orgId, userId: outsider })).toBe("not_found");
    expect(await changeMemberRole(db, { orgId, userId: admin, role: "HR" })).toBe("last_admin");
    expect(await removeMember(db, { orgId, userId: admin })).toBe("last_admin");

    expect(await changeMemberRole(db, { orgId, userId: colleague, role: "ADMIN" })).toBe("changed");
    expect(await changeMemberRole(db, { orgId, userId: admin, role: "HR" })).toBe("changed");
    expect(await changeMemberRole(db, { orgId, userId: colleague, role: "HR" })).toBe("last_admin");
    expect(await removeMember(db, { orgId, userId: admin })).toBe("changed");
    expect(await db.user.findUniqueOrThrow({ where: { id: admin } })).toMatchObject({ organizationId: null, role: "CANDIDATE" });
    expect(await db.user.findUniqueOrThrow({ where: { id: outsider } })).toMatchObject({ organizationId: otherOrgId, role: "HR" });
  });

  it("registers through an invitation in one go, and leaves no account when the invitation is refused", async () => {
    const email = `new-${++counter}@example.test`;
    const { token } = await createInvitation(db, { orgId, email, role: "HR", invitedById: admin });
    const wrong = await registerWithInvitation(db, { email: `other-${counter}@example.test`, name: "Other", passwordHash: "x", token });
    expect(wrong).toEqual({ ok: false, reason: "wrong_email" });
    expect(await db.user.count({ where: { email: `other-${counter}@example.test` } })).toBe(0);
    const joined = await registerWithInvitation(db, { email, name: "New", passwordHash: "x", token });
    expect(joined).toMatchObject({ ok: true, orgId, role: "HR" });
    expect(await db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ organizationId: orgId, role: "HR" });
  });
});
