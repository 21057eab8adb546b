"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getInterviewRecipient, markInterviewEmailed, updateExitSettings } from "@/lib/db/queries/exit-dashboard";
import { createExitInterview, reissueInterviewLink, withdrawInterviewLink } from "@/lib/db/queries/exit-interviews";
import { idSchema } from "@/lib/db/ids";
import { smtpConfigFrom } from "@/lib/email/config";
import { interviewInvitationEmail } from "@/lib/email/interview-invitation";
import { sendEmail } from "@/lib/email/send";
import { createExitInterviewSchema, exitSettingsSchema, linkLifetimeDays } from "@/lib/exit/dashboard/create-schema";
import { exitLanguages, type ExitLanguage } from "@/lib/exit/dashboard/vocabulary";
import { hashInterviewToken, interviewUrl, isPlausibleToken, newInterviewLink } from "@/lib/exit/interview/link";
import { audit } from "@/lib/audit";
import type { AuditAction } from "@/lib/db/queries/audit";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { authedAction } from "@/lib/security/authed-action";

const hrAndAdmins = { roles: ["HR", "ADMIN"] as const };
const dayMs = 24 * 60 * 60 * 1000;
const notFound = () => new AppError("not_found:exit", "This exit interview does not exist, is not in your organisation, or its link can no longer change.");

// Who set up, re-issued, withdrew or emailed which interview's link: never the employee's name or address.
const auditExit = (action: AuditAction, user: SessionUser, orgId: string, id: string) =>
  audit({ action, actorId: user.id, actorEmail: user.email, orgId, targetType: "exit_interview", targetId: id });

function organizationOf(user: SessionUser): string {
  if (!user.organizationId) throw new AppError("forbidden:auth", "Exit interviews belong to an organisation, and you are not in one.");
  return user.organizationId;
}

/** The link's token is returned once, here, to be shown and copied; only its hash is stored. */
export const startExitInterview = authedAction(
  createExitInterviewSchema,
  async ({ linkDays, ...fields }, user) => {
    const orgId = organizationOf(user);
    const { token, tokenHash } = newInterviewLink();
    const tokenExpiresAt = new Date(Date.now() + linkDays * dayMs);
    const { id } = await createExitInterview(await getDb(), { orgId, createdById: user.id, fields, tokenHash, tokenExpiresAt });
    await auditExit("exit.interview_created", user, orgId, id);
    revalidatePath("/exit-interviews");
    return { id, token, path: `/exit/${token}`, expiresAt: tokenExpiresAt.toISOString(), canEmail: smtpConfigFrom() !== null };
  },
  hrAndAdmins,
);

/** A new link for the same interview: the old one stops working at once. */
export const reissueExitInterviewLink = authedAction(
  z.object({ id: idSchema, linkDays: z.coerce.number().int().min(linkLifetimeDays.min).max(linkLifetimeDays.max).default(linkLifetimeDays.default) }),
  async ({ id, linkDays }, user) => {
    const orgId = organizationOf(user);
    const { token, tokenHash } = newInterviewLink();
    const tokenExpiresAt = new Date(Date.now() + linkDays * dayMs);
    if (!(await reissueInterviewLink(await getDb(), { orgId, id, tokenHash, tokenExpiresAt }))) throw notFound();
    await auditExit("exit.link_reissued", user, orgId, id);
    revalidatePath("/exit-interviews");
    revalidatePath(`/exit-interviews/${id}`);
    return { id, token, path: `/exit/${token}`, expiresAt: tokenExpiresAt.toISOString(), canEmail: smtpConfigFrom() !== null };
  },
  hrAndAdmins,
);

export const withdrawExitInterviewLink = authedAction(
  z.object({ id: idSchema }),
  async ({ id }, user) => {
    const orgId = organizationOf(user);
    if (!(await withdrawInterviewLink(await getDb(), { orgId, id }))) throw notFound();
    await auditExit("exit.link_withdrawn", user, orgId, id);
    revalidatePath("/exit-interviews");
    revalidatePath(`/exit-interviews/${id}`);
    return { withdrawn: true };
  },
  hrAndAdmins,
);

/**
 * Emails the link just shown to HR. The token comes back from HR's page, since only its hash is
 * stored; it must be the interview's current one. Neither the address nor the link is logged.
 */
export const emailExitInterviewLink = authedAction(
  z.object({ id: idSchema, token: z.string().max(100).refine(isPlausibleToken) }),
  async ({ id, token }, user) => {
    const orgId = organizationOf(user);
    const config = smtpConfigFrom();
    if (!config) throw new AppError("unavailable:exit", "Email is not set up on this server. Copy the link and send it yourself.");
    const db = await getDb();
    const recipient = await getInterviewRecipient(db, { orgId, id, tokenHash: hashInterviewToken(token) });
    const open =
      recipient &&
      !recipient.linkWithdrawnAt &&
      recipient.tokenExpiresAt > new Date() &&
      (recipient.status === "INVITED" || recipient.status === "IN_PROGRESS");
    if (!recipient || !open) throw notFound();
    // The app's configured address first: a proxy that passes Host through could otherwise choose it.
    const origin = process.env.AUTH_URL || (await headers()).get("origin");
    if (!origin) throw new AppError("unavailable:exit", "The app's address is unknown, so the link cannot be emailed. Copy it instead.");
    const language: ExitLanguage = (exitLanguages as readonly string[]).includes(recipient.language) ? (recipient.language as ExitLanguage) : "en";
    const email = interviewInvitationEmail({
      to: recipient.employeeEmail,
      name: recipient.employeeName,
      organisation: recipient.organization.name,
      url: interviewUrl(origin, token),
      expiresAt: recipient.tokenExpiresAt,
      language,
    });
    try {
      await sendEmail(config, email);
    } catch (error) {
      // The error's code only: its message can quote the address or the server's reply about it.
      logger.warn({ code: (error as { code?: string }).code, interviewId: id }, "exit interview link not emailed");
      throw new AppError("unavailable:exit", "The email could not be sent. Copy the link and send it yourself, or try again.");
    }
    await markInterviewEmailed(db, { orgId, id });
    await auditExit("exit.link_emailed", user, orgId, id);
    revalidatePath(`/exit-interviews/${id}`);
    return { emailed: true };
  },
  hrAndAdmins,
);

/** The anonymity thresholds and retention period: the organisation's admins decide them. */
export const saveExitSettings = authedAction(
  exitSettingsSchema,
  async (settings, user) => {
    const orgId = organizationOf(user);
    await updateExitSettings(await getDb(), { orgId, settings });
    await audit({ action: "exit.settings_changed", actorId: user.id, actorEmail: user.email, orgId, targetType: "organization", targetId: orgId });
    revalidatePath("/exit-interviews");
    return settings;
  },
  { roles: ["ADMIN"] as const },
);
