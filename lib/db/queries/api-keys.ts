import type { PrismaClient } from "@/lib/generated/prisma/client";

// A key belongs to its owner; the owner's organisation (when the key was made) lets the
// organisation's admins see and revoke it. Every query takes the owner or the organisation.

const listed = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  lastUsedAt: true,
  usageCount: true,
  revokedAt: true,
} as const;

export function createApiKey(
  db: PrismaClient,
  data: { userId: string; organizationId: string | null; name: string; prefix: string; secretHash: string; scopes: string[] },
) {
  return db.apiKey.create({ data, select: listed });
}

export function countLiveApiKeysForUser(db: PrismaClient, { userId }: { userId: string }) {
  return db.apiKey.count({ where: { userId, revokedAt: null } });
}

export function listApiKeysForUser(db: PrismaClient, { userId }: { userId: string }) {
  return db.apiKey.findMany({ where: { userId }, select: listed, orderBy: { createdAt: "desc" }, take: 200 });
}

export function listApiKeysInOrganization(db: PrismaClient, { organizationId }: { organizationId: string }) {
  return db.apiKey.findMany({
    where: { organizationId },
    select: { ...listed, user: { select: { email: true, name: true } } },
    orderBy: { createdAt: "desc" },
    take: 500,
  });
}

/** Revokes one of the user's keys; false when it is not theirs or already revoked. */
export async function revokeApiKeyForUser(db: PrismaClient, { id, userId }: { id: string; userId: string }) {
  const { count } = await db.apiKey.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}

/** Revokes a key made by a member of the organisation; false when it is not the organisation's or already revoked. */
export async function revokeApiKeyInOrganization(db: PrismaClient, { id, organizationId }: { id: string; organizationId: string }) {
  const { count } = await db.apiKey.updateMany({ where: { id, organizationId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}

/** A live key by its prefix, with its owner as they are now (role and organisation are read fresh). */
export function findLiveApiKey(db: PrismaClient, { prefix }: { prefix: string }) {
  return db.apiKey.findFirst({
    where: { prefix, revokedAt: null },
    select: {
      id: true,
      secretHash: true,
      scopes: true,
      user: { select: { id: true, email: true, name: true, role: true, organizationId: true } },
    },
  });
}

export function recordApiKeyUse(db: PrismaClient, { id }: { id: string }) {
  return db.apiKey.update({ where: { id }, data: { lastUsedAt: new Date(), usageCount: { increment: 1 } }, select: { id: true } });
}
