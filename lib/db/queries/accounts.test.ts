import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentScopeOf } from "@/lib/auth/document-scope";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { deleteUserAndOwnedData, exportUserDataById } from "@/lib/db/queries/accounts";
import { createGeneration } from "@/lib/db/queries/generations";
import { createUserWithOrganization } from "@/lib/db/queries/users";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";

describe.each(testDatabases())("account data on $name", (testDb) => {
  let open: OpenDatabase;
  beforeAll(async () => {
    ({ open } = await openTestDatabase(testDb));
    await open.withMigrationLock((sql) => applyMigrations(sql, readMigrationFiles(path.resolve(import.meta.dirname, "../../../prisma/migrations"))));
  });
  afterAll(async () => {
    await open?.close();
    await testDb.dispose();
  });

  const newUser = (email: string) =>
    createUserWithOrganization(open.prisma, { email, name: email, passwordHash: "scrypt$secret-hash", role: "HR", organizationName: `Org of ${email}` });
  const newDoc = (userId: string, title: string) =>
    createGeneration(open.prisma, { userId, orgId: null, task: "job-description", title, input: { title }, promptId: "job-description", promptVersion: 1 });

  it("exports the user's own documents and never the password hash", async () => {
    const ana = await newUser("ana@example.test");
    const ben = await newUser("ben@example.test");
    const anaNow = await open.prisma.user.findUniqueOrThrow({ where: { id: ana.id } });
    await createGeneration(open.prisma, {
      userId: ana.id,
      orgId: anaNow.organizationId,
      task: "job-description",
      title: "Ana's nurse posting",
      input: {},
      promptId: "job-description",
      promptVersion: 1,
    });
    await newDoc(ben.id, "Ben's chef posting");
    const data = await exportUserDataById(open.prisma, { id: ana.id, scope: documentScopeOf(anaNow) });
    expect(data?.email).toBe("ana@example.test");
    expect(data?.generations.map((g) => g.title)).toEqual(["Ana's nurse posting"]);
    expect(JSON.stringify(data)).not.toContain("secret-hash");
  });

  it("deletes the account, its documents and its now-empty organisation in one go, leaving others untouched", async () => {
    const cleo = await newUser("cleo@example.test");
    const dan = await newUser("dan@example.test");
    await newDoc(cleo.id, "Cleo's doc");
    await newDoc(dan.id, "Dan's doc");
    const orgId = (await open.prisma.user.findUnique({ where: { id: cleo.id } }))!.organizationId!;
    expect(await deleteUserAndOwnedData(open.prisma, { id: cleo.id })).toBe("deleted");
    expect(await open.prisma.user.findUnique({ where: { id: cleo.id } })).toBeNull();
    expect(await open.prisma.generation.count({ where: { userId: cleo.id } })).toBe(0);
    expect(await open.prisma.organization.findUnique({ where: { id: orgId } })).toBeNull();
    expect(await open.prisma.generation.count({ where: { userId: dan.id } })).toBe(1);
    expect(await deleteUserAndOwnedData(open.prisma, { id: cleo.id })).toBe("not_found");
  });

  it("a leaving HR member's own CV and conversations go; the candidates' CVs they uploaded stay with the organisation, and are not in their export", async () => {
    const admin = await newUser("erin@example.test");
    const orgId = (await open.prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).organizationId!;
    const hr = await open.prisma.user.create({ data: { email: "finn@example.test", role: "HR", organizationId: orgId } });
    const cv = (name: string, candidateOf: string | null) =>
      open.prisma.cv.create({
        data: {
          userId: hr.id,
          orgId: candidateOf,
          name,
          mime: "text/plain",
          size: 1,
          sha256: name,
          text: name,
          profile: {},
          parseMethod: "heuristic",
          confidence: 1,
        },
      });
    const own = await cv("Finn's own CV", null);
    const candidate = await cv("A candidate's CV", orgId);
    const conversation = await open.prisma.conversation.create({ data: { userId: hr.id, cvId: candidate.id, title: "About the candidate" } });
    await open.prisma.message.create({ data: { conversationId: conversation.id, role: "USER", text: "Has she led a team?" } });

    const exported = await exportUserDataById(open.prisma, { id: hr.id, scope: documentScopeOf(hr) });
    expect(exported?.cvs.map((c) => c.name)).toEqual(["Finn's own CV"]);
    expect(exported?.conversations.map((c) => c.messages.map((m) => m.text))).toEqual([["Has she led a team?"]]);

    expect(await deleteUserAndOwnedData(open.prisma, { id: hr.id })).toBe("deleted");
    expect(await open.prisma.cv.findUnique({ where: { id: own.id } })).toBeNull();
    expect(await open.prisma.cv.findUnique({ where: { id: candidate.id } })).toMatchObject({ orgId, userId: null });
    expect(await open.prisma.conversation.findUnique({ where: { id: conversation.id } })).toBeNull();
  });

  it("refuses to delete the last admin of an organisation that still has members", async () => {
    const eve = await newUser("eve@example.test");
    const orgId = (await open.prisma.user.findUniqueOrThrow({ where: { id: eve.id } })).organizationId!;
    await open.prisma.user.update({ where: { id: eve.id }, data: { role: "ADMIN" } });
    const fay = await open.prisma.user.create({ data: { email: "fay@example.test", role: "HR", organizationId: orgId } });
    expect(await deleteUserAndOwnedData(open.prisma, { id: eve.id })).toBe("last_admin");
    expect(await open.prisma.user.count({ where: { id: eve.id } })).toBe(1);
    await open.prisma.user.update({ where: { id: fay.id }, data: { role: "ADMIN" } });
    expect(await deleteUserAndOwnedData(open.prisma, { id: eve.id })).toBe("deleted");
    expect(await open.prisma.organization.count({ where: { id: orgId } })).toBe(1);
  });
});
