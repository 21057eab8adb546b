import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Whose HR documents a caller may see: an organisation's (shared by its HR users), or, for someone
 * outside any organisation, only their own documents that belong to no organisation. A member who
 * leaves an organisation therefore loses sight of what they wrote there: it stays with the organisation.
 */
export type DocumentScope = { orgId: string } | { userId: string };

export function scopeWhere(scope: DocumentScope): Prisma.GenerationWhereInput {
  return "orgId" in scope ? { orgId: scope.orgId } : { userId: scope.userId, orgId: null };
}

export function scopeSql(scope: DocumentScope, table = `"Generation"`): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${table}."${name}"`);
  return "orgId" in scope ? Prisma.sql`${column("orgId")} = ${scope.orgId}` : Prisma.sql`${column("userId")} = ${scope.userId} AND ${column("orgId")} IS NULL`;
}
