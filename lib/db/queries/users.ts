import type { PrismaClient, Role } from "@/lib/generated/prisma/client";

export function getUserByEmail(db: PrismaClient, { email }: { email: string }) {
  return db.user.findUnique({ where: { email } });
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
