import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { AnswerContext } from "@/lib/chat/run-answer";
import { getReadableCv } from "@/lib/cv/readable-cv";
import { getConversation } from "@/lib/db/queries/conversations";
import { getJobPostingForUser } from "@/lib/db/queries/jobs";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A signed-in user's conversation with what answering needs: the CV, which must still be theirs to
 * read (an HR member who left the organisation loses its candidates' CVs), and the attached job.
 */
export async function openOwnConversation(db: PrismaClient, user: SessionUser, id: string) {
  const conversation = await getConversation(db, { id, owner: { userId: user.id } });
  if (!conversation) throw new AppError("not_found:chat");
  const cv = await getReadableCv(db, user, conversation.cvId);
  if (!cv) throw new AppError("not_found:chat", "The CV of this conversation is no longer available to you.");
  const posting = conversation.jobId ? await getJobPostingForUser(db, { id: conversation.jobId, userId: user.id }) : null;
  const job: AnswerContext["job"] = posting
    ? { title: posting.title, skills: [...posting.analysis.requiredSkills, ...posting.analysis.preferredSkills] }
    : null;
  return { conversation, cv, job };
}
