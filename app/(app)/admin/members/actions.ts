"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { emailSchema } from "@/lib/auth/schemas";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { idSchema } from "@/lib/db/ids";
import { createInvitation, revokeInvitation as revokeInvitationById } from "@/lib/db/queries/invitations";
import { changeMemberRole as changeRole, removeMember as removeFromOrganization, type MemberChange } from "@/lib/db/queries/members";
import { getUserByEmail } from "@/lib/db/queries/users";
import { AppError } from "@/lib/errors";
import { authedAction } from "@/lib/security/authed-action";

const adminsOnly = { roles: ["ADMIN"] as const };
const orgRoleSchema = z.enum(["HR", "ADMIN"], "Choose HR or Admin");

function organizationOf(user: SessionUser): string {
  if (!user.organizationId) throw new AppError("forbidden:auth", "You are not in an organisation.");
  return user.organizationId;
}

function explain(change: MemberChange): void {
  if (change === "not_found") throw new AppError("not_found:members");
  if (change === "last_admin") throw new AppError("conflict:members", "An organisation needs at least one admin. Make someone else an admin first.");
}

/** Creates an invitation link. The link is shown once to the admin, who sends it; only its hash is kept. */
export const inviteMember = authedAction(
  z.object({ email: emailSchema, role: orgRoleSchema }),
  async ({ email, role }, user) => {
    const orgId = organizationOf(user);
    const db = await getDb();
    if ((await getUserByEmail(db, { email }))?.organizationId === orgId)
      throw new AppError("conflict:members", `${email} is already a member of your organisation.`);
    const invitation = await createInvitation(db, { orgId, email, role, invitedById: user.id });
    await audit({
      action: "member.invited",
      actorId: user.id,
      actorEmail: user.email,
      orgId,
      targetType: "invitation",
      targetId: invitation.id,
      detail: `${email} as ${role}`,
    });
    revalidatePath("/admin/members");
    return { id: invitation.id, path: `/invite/${invitation.token}`, expiresAt: invitation.expiresAt.toISOString() };
  },
  { ...adminsOnly, rateLimit: "invitation" },
);

export const revokeInvitation = authedAction(
  z.object({ id: idSchema }),
  async ({ id }, user) => {
    const orgId = organizationOf(user);
    if (!(await revokeInvitationById(await getDb(), { orgId, id }))) throw new AppError("not_found:members");
    await audit({ action: "member.invitation_revoked", actorId: user.id, actorEmail: user.email, orgId, targetType: "invitation", targetId: id });
    revalidatePath("/admin/members");
    return { revoked: true };
  },
  adminsOnly,
);

export const changeMemberRole = authedAction(
  z.object({ userId: idSchema, role: orgRoleSchema }),
  async ({ userId, role }, user) => {
    const orgId = organizationOf(user);
    explain(await changeRole(await getDb(), { orgId, userId, role }));
    await audit({
      action: "member.role_changed",
      actorId: user.id,
      actorEmail: user.email,
      orgId,
      targetType: "user",
      targetId: userId,
      detail: `now ${role}`,
    });
    revalidatePath("/admin/members");
    return { role };
  },
  adminsOnly,
);

export const removeMember = authedAction(
  z.object({ userId: idSchema }),
  async ({ userId }, user) => {
    const orgId = organizationOf(user);
    explain(await removeFromOrganization(await getDb(), { orgId, userId }));
    await audit({ action: "member.removed", actorId: user.id, actorEmail: user.email, orgId, targetType: "user", targetId: userId });
    revalidatePath("/admin/members");
    return { removed: true };
  },
  adminsOnly,
);
