import type { SessionUser } from "@/lib/auth/session";
import type { DocumentScope } from "@/lib/db/queries/document-scope";

/** HR staff share their organisation's documents; anyone else sees only their own. */
export function documentScopeOf(user: Pick<SessionUser, "id" | "role" | "organizationId">): DocumentScope {
  return user.organizationId && (user.role === "HR" || user.role === "ADMIN") ? { orgId: user.organizationId } : { userId: user.id };
}

/** Authors delete their own documents; an organisation's admin may delete any of its documents. */
export function mayDeleteAnyInScope(user: Pick<SessionUser, "role" | "organizationId">): boolean {
  return user.role === "ADMIN" && user.organizationId !== null;
}
