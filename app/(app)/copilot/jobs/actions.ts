"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { refreshApplicationFits } from "@/lib/db/queries/applications";
import { createJobPosting, deleteJobPostingForUser, getJobPostingForUser, updateJobAnalysisForUser } from "@/lib/db/queries/jobs";
import { AppError } from "@/lib/errors";
import { chosenLanguageModel } from "@/lib/ai/runtime";
import { analyzePosting } from "@/lib/jobs/analyze";
import { refineAnalysisWithModel } from "@/lib/jobs/model-analysis";
import { logger } from "@/lib/logger";
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

/** Reads the posting again with a language model; only what the posting really says is kept. */
export const refineJobWithAi = authedAction(
  z.object({ id: idSchema, modelId: z.string().min(3).max(100) }),
  async ({ id, modelId }, user) => {
    const model = await chosenLanguageModel(modelId);
    const db = await getDb();
    const job = await getJobPostingForUser(db, { id, userId: user.id });
    if (!job) throw new AppError("not_found:cv", "This job posting does not exist or is not yours.");
    const analysis = await refineAnalysisWithModel(model, job.text, analyzePosting(job.text)).catch((error: unknown) => {
      logger.warn({ code: "job_model_analysis_failed", modelId, kind: (error as Error).name }, "model could not read a posting");
      throw new AppError("unavailable:llm", "The AI model could not read this posting. The analysis you had is unchanged.");
    });
    await updateJobAnalysisForUser(db, { id, userId: user.id, analysis });
    await refreshApplicationFits(db, { userId: user.id, jobId: id });
    revalidatePath(`/copilot/jobs/${id}`);
    return { required: analysis.requiredSkills.length, preferred: analysis.preferredSkills.length };
  },
  { rateLimit: "generation" },
);
