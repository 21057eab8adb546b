"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { createJobPosting, deleteJobPostingForUser } from "@/lib/db/queries/jobs";
import { AppError } from "@/lib/errors";
import { analyzePosting } from "@/lib/jobs/analyze";
import { authedAction } from "@/lib/security/authed-action";

const idSchema = z.string().min(1).max(40).regex(/^[a-z0-9]+$/);

/** Saves a pasted job posting with its analysis and opens it. */
export const createJobFromText = authedAction(
  z.object({ text: z.string().trim().min(80, "Paste the whole posting: this is too short to read requirements from").max(60_000, "This is longer than a job posting; paste only the posting") }),
  async ({ text }, user) => {
    const saved = await createJobPosting(await getDb(), { userId: user.id, text, analysis: analyzePosting(text), sourceFileName: null });
    redirect(`/copilot/jobs/${saved.id}`);
  },
  { rateLimit: "upload" },
);

export const deleteJob = authedAction(z.object({ id: idSchema }), async ({ id }, user) => {
  if (!(await deleteJobPostingForUser(await getDb(), { id, userId: user.id }))) throw new AppError("not_found:cv", "This job posting does not exist or is not yours.");
  revalidatePath("/copilot");
  redirect("/copilot");
});
