import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type AuditAction =
  | "auth.sign_in"
  | "auth.sign_in_failed"
  | "auth.sign_in_locked"
  | "auth.signed_out_everywhere"
  | "account.password_changed"
  | "account.data_exported"
  | "account.deleted"
  | "document.deleted"
  | "cv.candidate_uploaded"
  | "cv.candidate_deleted"
  | "member.invited"
  | "member.invitation_revoked"
  | "member.joined"
  | "member.role_changed"
  | "member.removed"
  | "exit.transcripts_purged"
  | "exit.interview_created"
  | "exit.link_reissued"
  | "exit.link_withdrawn"
  | "exit.link_emailed"
  | "exit.settings_changed"
  | "api_key.created"
  | "api_key.revoked";

export type AuditEntry = {
  action: AuditAction;
  actorId?: string | null;
  actorEmail?: string | null;
  orgId?: string | null;
  targetType?: string;
  targetId?: string;
  detail?: string;
  ip?: string | null;
};

/** Records an event. It never holds secrets or document text: ids, an email, an address, the action. */
export function recordAuditEvent(db: Prisma.TransactionClient, entry: AuditEntry) {
  return db.auditEvent.create({ data: entry, select: { id: true } });
}

export function listAuditEventsByOrgId(db: PrismaClient, { orgId, limit = 100 }: { orgId: string; limit?: number }) {
  return db.auditEvent.findMany({ where: { orgId }, orderBy: { createdAt: "desc" }, take: limit });
}
