import type { PrismaClient, Role } from "@/lib/generated/prisma/client";

export type MemberChange = "changed" | "not_found" | "last_admin";

export function listMembersByOrgId(db: PrismaClient, { orgId }: { orgId: string }) {
  return db.user.findMany({
    where: { organizationId: orgId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { id: true, name: true, email: true, role: true, createdAt: true },
  });
}

/**
 * Gives a member of the organisation another role. An organisation always keeps at least one admin,
 * checked inside the transaction so two admins demoting each other at once cannot both succeed.
 */
export function changeMemberRole(
  db: PrismaClient,
  { orgId, userId, role }: { orgId: string; userId: string; role: Extract<Role, "ADMIN" | "HR"> },
): Promise<MemberChange> {
  return db.$transaction(
    async (tx) => {
      const admins = await tx.user.findMany({ where: { organizationId: orgId, role: "ADMIN" }, select: { id: true } });
      const member = await tx.user.findFirst({ where: { id: userId, organizationId: orgId }, select: { role: true } });
      if (!member) return "not_found";
      if (member.role === "ADMIN" && role !== "ADMIN" && admins.length <= 1) return "last_admin";
      await tx.user.update({ where: { id: userId }, data: { role } });
      return "changed";
    },
    { isolationLevel: "Serializable" },
  );
}

/**
 * Takes a member out of the organisation. They keep their account as a job seeker; the documents they
 * wrote stay with the organisation and are no longer visible to them.
 */
export function removeMember(db: PrismaClient, { orgId, userId }: { orgId: string; userId: string }): Promise<MemberChange> {
  return db.$transaction(
    async (tx) => {
      const member = await tx.user.findFirst({ where: { id: userId, organizationId: orgId }, select: { role: true } });
      if (!member) return "not_found";
      if (member.role === "ADMIN" && (await tx.user.count({ where: { organizationId: orgId, role: "ADMIN" } })) <= 1) return "last_admin";
      await tx.user.update({ where: { id: userId }, data: { organizationId: null, role: "CANDIDATE" } });
      return "changed";
    },
    { isolationLevel: "Serializable" },
  );
}
