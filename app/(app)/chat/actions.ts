"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getReadableCv } from "@/lib/cv/readable-cv";
import { getDb } from "@/lib/db/client";
import { idSchema } from "@/lib/db/ids";
import { createConversation, deleteConversation as deleteOwnConversation, renameConversation as renameOwnConversation } from "@/lib/db/queries/conversations";
import { getJobPostingForUser } from "@/lib/db/queries/jobs";
import { rotateShareLink, setShareLinkEnabled } from "@/lib/db/queries/share-links";
import { hashShareToken, shareTokenFor } from "@/lib/chat/share-token";
import { AppError } from "@/lib/errors";
import { authedAction } from "@/lib/security/authed-action";
import { boundedText, fieldLimits } from "@/lib/security/text-limits";

/** Opens a new conversation about a CV the user may read, with one of their saved jobs beside it if they chose one. */
export const startConversation = authedAction(z.object({ cvId: idSchema, jobId: idSchema.optional() }), async ({ cvId, jobId }, user) => {
  const db = await getDb();
  const cv = await getReadableCv(db, user, cvId);
  if (!cv) throw new AppError("not_found:cv");
  if (jobId && !(await getJobPostingForUser(db, { id: jobId, userId: user.id }))) throw new AppError("not_found:job");
  const { id } = await createConversation(db, { owner: { userId: user.id }, cvId, jobId, title: `About ${cv.name}` });
  redirect(`/chat/${id}`);
});

export const renameConversation = authedAction(
  z.object({ id: idSchema, title: boundedText(fieldLimits.name, "A conversation's name", "Shorten it.").min(1, "Give the conversation a name.") }),
  async ({ id, title }, user) => {
    if (!(await renameOwnConversation(await getDb(), { id, owner: { userId: user.id }, title }))) throw new AppError("not_found:chat");
    revalidatePath("/chat");
    return { title };
  },
);

export const deleteConversation = authedAction(z.object({ id: idSchema }), async ({ id }, user) => {
  if (!(await deleteOwnConversation(await getDb(), { id, owner: { userId: user.id } }))) throw new AppError("not_found:chat");
  revalidatePath("/chat");
  return { deleted: true };
});

const tokenHashFor = (link: { id: string; rotatedAt: Date }) => hashShareToken(shareTokenFor(link));

/** Turns the "Ask my CV" link of one of the user's own CVs on or off. */
export const setAskLink = authedAction(z.object({ cvId: idSchema, enabled: z.boolean() }), async ({ cvId, enabled }, user) => {
  if (!(await setShareLinkEnabled(await getDb(), { cvId, userId: user.id, enabled, tokenHashFor }))) throw new AppError("not_found:cv");
  revalidatePath(`/chat/share/${cvId}`);
  return { enabled };
});

/** Replaces the link with a new one; whoever has the old link can no longer use it. */
export const rotateAskLink = authedAction(z.object({ cvId: idSchema }), async ({ cvId }, user) => {
  if (!(await rotateShareLink(await getDb(), { cvId, userId: user.id, tokenHashFor }))) throw new AppError("not_found:cv");
  revalidatePath(`/chat/share/${cvId}`);
  return { rotated: true };
});
