import type { PrismaClient, Role } from "@/lib/generated/prisma/client";

export function getUserByEmail(db: PrismaClient, { email }: { email: string }) {
  return db.user.findUnique({ where: { email } });
}

/** What a request needs to know about the signed-in user; read fresh on every request. */
export function getSessionUserById(db: PrismaClient, { id }: { id: string }) {
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, organizationId: true, sessionVersion: true } });
}

/** Creates the user, and for hiring accounts their organisation, in one transaction. */
export function createUserWithOrganization(
  db: PrismaClient,
  data: { email: string; name: string; passwordHash: string; role: Role; organizationName?: string },
) {
  return db.$transaction(async (tx) => {
    const organization = data.organizationName ? await tx.organization.create({ data: { name: data.organizationName } }) : null;
    return tx.user.create({
      data: { email: data.email, name: data.name, passwordHash: data.passwordHash, role: data.role, organizationId: organization?.id ?? null },
      select: { id: true, email: true, role: true },
    });
  });
}
