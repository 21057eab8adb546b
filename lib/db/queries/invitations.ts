import { createHash, randomBytes } from "node:crypto";
import type { Prisma, PrismaClient, Role } from "@/lib/generated/prisma/client";

export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

/** Only a hash of the token is stored: a leaked database does not hand out working links. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type InvitationState = "valid" | "expired" | "accepted" | "revoked";

export function invitationState(invitation: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null }, now = new Date()): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt <= now ? "expired" : "valid";
}

/** Creates an invitation and returns the token for the link; the token itself is never stored. */
export async function createInvitation(
  db: PrismaClient,
  {
    orgId,
    email,
    role,
    invitedById,
    lifetimeMs = invitationLifetimeMs,
  }: { orgId: string; email: string; role: Extract<Role, "ADMIN" | "HR">; invitedById: string; lifetimeMs?: number },
) {
  const token = randomBytes(32).toString("base64url");
  const invitation = await db.invitation.create({
    data: { orgId, email, role, invitedById, tokenHash: hashInvitationToken(token), expiresAt: new Date(Date.now() + lifetimeMs) },
    select: { id: true, expiresAt: true },
  });
  return { ...invitation, token };
}

/** Invitations not yet accepted or revoked, including expired ones (shown as such), newest first. */
export function listOpenInvitationsByOrgId(db: PrismaClient, { orgId }: { orgId: string }) {
  return db.invitation.findMany({
    where: { orgId, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, createdAt: true },
  });
}

export async function revokeInvitation(db: PrismaClient, { orgId, id }: { orgId: string; id: string }) {
  const { count } = await db.invitation.updateMany({ where: { id, orgId, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}

export function findInvitationByToken(db: PrismaClient, { token }: { token: string }) {
  return db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { id: true, orgId: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, organization: { select: { name: true } } },
  });
}

export type AcceptOutcome =
  | { ok: true; orgId: string; role: Role }
  | { ok: false; reason: "not_found" | "expired" | "accepted" | "revoked" | "wrong_email" | "already_member" | "other_organization" };

/**
 * Joins the user to the inviting organisation with the invited role. Runs inside the caller's
 * transaction (registration creates the user in the same one); the link works once.
 */
export async function acceptInvitation(tx: Prisma.TransactionClient, { token, userId }: { token: string; userId: string }): Promise<AcceptOutcome> {
  const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) } });
  const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, organizationId: true } });
  if (!invitation || !user) return { ok: false, reason: "not_found" };
  const state = invitationState(invitation);
  if (state !== "valid") return { ok: false, reason: state };
  if (invitation.email !== user.email) return { ok: false, reason: "wrong_email" };
  if (user.organizationId) return { ok: false, reason: user.organizationId === invitation.orgId ? "already_member" : "other_organization" };
  const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: new Date() } });
  if (count !== 1) return { ok: false, reason: "accepted" };
  await tx.user.update({ where: { id: userId }, data: { organizationId: invitation.orgId, role: invitation.role } });
  return { ok: true, orgId: invitation.orgId, role: invitation.role };
}

class InvitationRefused extends Error {
  constructor(readonly outcome: Extract<AcceptOutcome, { ok: false }>) {
    super(outcome.reason);
  }
}

/**
 * Creates an account and accepts an invitation with it in one transaction: a refused invitation
 * leaves no account behind.
 */
export async function registerWithInvitation(
  db: PrismaClient,
  { email, name, passwordHash, token }: { email: string; name: string; passwordHash: string; token: string },
): Promise<(AcceptOutcome & { ok: true; userId: string }) | Extract<AcceptOutcome, { ok: false }>> {
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, name, passwordHash, role: "CANDIDATE" }, select: { id: true } });
      const outcome = await acceptInvitation(tx, { token, userId: user.id });
      if (!outcome.ok) throw new InvitationRefused(outcome);
      return { ...outcome, userId: user.id };
    });
  } catch (error) {
    if (error instanceof InvitationRefused) return error.outcome;
    throw error;
  }
}
