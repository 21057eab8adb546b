import "server-only";
import { auth } from "@/lib/auth/auth";
import type { Role } from "@/lib/generated/prisma/client";

export type SessionUser = { id: string; email: string; name: string | null; role: Role; organizationId: string | null };

/** The signed-in user, or null. Used by layouts and by the action and route wrappers. */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null, role: user.role, organizationId: user.organizationId };
}
