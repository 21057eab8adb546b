"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { idSchema } from "@/lib/db/ids";
import { createJobPosting, deleteJobPostingForUser, getJobPostingForUser, updateJobAnalysisForUser } from "@/lib/db/queries/jobs";
import { AppError } from "@/lib/errors";
import { asUserError } from "@/lib/files/parse-in-worker";
import { parseOnce } from "@/lib/files/parse-once";
import { saveAndRescore } from "@/lib/fit/rescore";
import { chosenTaskModel } from "@/lib/ai/runtime";
import { analyzePosting } from "@/lib/jobs/analyze";
import { refineAnalysisWithModel } from "@/lib/jobs/model-analysis";
import { logger } from "@/lib/logger";
import { authedAction } from "@/lib/security/authed-action";
import { boundedText, textLimits } from "@/lib/security/text-limits";

/** Saves a pasted job posting with its analysis and opens it. */
export const createJobFromText = authedAction(
  z.object({
    text: boundedText(textLimits.jobPosting, "Job postings", "Paste the part with the role and its requirements.").min(
      80,
      "Paste the whole posting: this is too short to read requirements from",
    ),
  }),
  async ({ text }, user) => {
    const analysis = await parseOnce("postingText", { text }, { userId: user.id }).catch(asUserError("job"));
    const saved = await createJobPosting(await getDb(), { userId: user.id, text, analysis, sourceFileName: null });
    redirect(`/copilot/jobs/${saved.id}`);
  },
  { rateLimit: "upload" },
);

export const deleteJob = authedAction(z.object({ id: idSchema }), async ({ id }, user) => {
  if (!(await deleteJobPostingForUser(await getDb(), { id, userId: user.id }))) throw new AppError("not_found:job");
  revalidatePath("/copilot");
  redirect("/copilot");
});

/** Reads the posting again with a language model; only what the posting really says is kept. */
export const refineJobWithAi = authedAction(
  z.object({ id: idSchema, modelId: z.string().min(3).max(100) }),
  async ({ id, modelId }, user) => {
    const route = await chosenTaskModel(modelId);
    const db = await getDb();
    const job = await getJobPostingForUser(db, { id, userId: user.id });
    if (!job) throw new AppError("not_found:job");
    const { analysis } = await refineAnalysisWithModel(route, job.text, analyzePosting(job.text)).catch((error: unknown) => {
      logger.warn({ code: "job_model_analysis_failed", modelId, kind: (error as Error).name }, "model could not read a posting");
      throw new AppError("unavailable:llm", "The AI model could not read this posting. The analysis you had is unchanged.");
    });
    await saveAndRescore(db, { userId: user.id, jobId: id }, (tx) => updateJobAnalysisForUser(tx, { id, userId: user.id, analysis }));
    revalidatePath(`/copilot/jobs/${id}`);
    return { required: analysis.requiredSkills.length, preferred: analysis.preferredSkills.length };
  },
  { rateLimit: "generation" },
);
