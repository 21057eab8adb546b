"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { chosenTaskModel } from "@/lib/ai/runtime";
import { getDb } from "@/lib/db/client";
import { idSchema } from "@/lib/db/ids";
import { deleteApplicationForUser, getApplicationForUser, updateApplicationForUser } from "@/lib/db/queries/applications";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { authedAction } from "@/lib/security/authed-action";
import { assembleTailoredCv, tailoredCvMarkdown } from "@/lib/tailor/assemble";
import { writeLetterWithModel } from "@/lib/tailor/model-letter";
import { builtInCoverLetter } from "@/lib/tailor/cover-letter";
import { tailorWithModel } from "@/lib/tailor/model-tailor";
import { startApplicationFor } from "@/lib/tailor/start-application";

const notFound = () => new AppError("not_found:application");

async function load(id: string, userId: string) {
  const application = await getApplicationForUser(await getDb(), { id, userId });
  if (!application) throw notFound();
  return { ...application, profile: application.cv.profile, analysis: application.job.analysis };
}

/** Puts a CV forward for a job: scores the fit and proposes the tailoring, then opens the application. */
export const startApplication = authedAction(z.object({ cvId: idSchema, jobId: idSchema }), async ({ cvId, jobId }, user) => {
  const id = await startApplicationFor(await getDb(), { userId: user.id, cvId, jobId });
  redirect(`/copilot/applications/${id}`);
});

/** Accepts or rejects one proposed change to the tailored CV. */
export const decideChange = authedAction(
  z.object({ id: idSchema, changeId: z.string().max(40), accept: z.boolean() }),
  async ({ id, changeId, accept }, user) => {
    const application = await load(id, user.id);
    if (!application.tailoring.changes.some((c) => c.id === changeId))
      throw new AppError("bad_request:application", "This change is no longer proposed. Reload the page.");
    const rejected = new Set(application.tailoring.rejected);
    if (accept) rejected.delete(changeId);
    else rejected.add(changeId);
    await updateApplicationForUser(await getDb(), { id, userId: user.id, data: { tailoring: { ...application.tailoring, rejected: [...rejected] } } });
    revalidatePath(`/copilot/applications/${id}`);
    return { accepted: accept };
  },
);

export const setApplicationStatus = authedAction(
  z.object({ id: idSchema, status: z.enum(["SAVED", "APPLIED", "INTERVIEWING", "OFFER", "REJECTED"]) }),
  async ({ id, status }, user) => {
    if (!(await updateApplicationForUser(await getDb(), { id, userId: user.id, data: { status } }))) throw notFound();
    revalidatePath("/copilot/applications");
    return { status };
  },
);

/** Writes the cover letter from the tailored CV; any line the CV does not support is left out. */
export const writeCoverLetter = authedAction(z.object({ id: idSchema }), async ({ id }, user) => {
  const application = await load(id, user.id);
  const tailored = assembleTailoredCv(application.profile, application.tailoring);
  const letter = builtInCoverLetter(application.profile, tailored, application.analysis, application.cv.text);
  await updateApplicationForUser(await getDb(), { id, userId: user.id, data: { coverLetter: letter } });
  revalidatePath(`/copilot/applications/${id}`);
  return { words: letter.split(/\s+/).length };
});

/** A cover letter by a language model from the tailored CV; lines it cannot support from the CV are removed. */
export const writeCoverLetterWithAi = authedAction(
  z.object({ id: idSchema, modelId: z.string().min(3).max(100) }),
  async ({ id, modelId }, user) => {
    const route = await chosenTaskModel(modelId);
    const application = await load(id, user.id);
    const cvMarkdown = tailoredCvMarkdown(assembleTailoredCv(application.profile, application.tailoring));
    const { letter, removed } = await writeLetterWithModel(route, { cvMarkdown, cvText: application.cv.text, posting: application.analysis }).catch(
      (error: unknown) => {
        logger.warn({ code: "letter_model_failed", modelId, kind: (error as Error).name }, "model could not write a grounded letter");
        throw new AppError(
          "unavailable:llm",
          "The AI model could not write a letter that keeps to your CV. Your letter is unchanged; use the built-in one or try again.",
        );
      },
    );
    await updateApplicationForUser(await getDb(), { id, userId: user.id, data: { coverLetter: letter } });
    revalidatePath(`/copilot/applications/${id}`);
    return { removed: removed.map((c) => c.claim) };
  },
  { rateLimit: "generation" },
);

/** Rewords the tailored CV with a language model; each reworded line is checked against the CV. */
export const tailorWithAi = authedAction(
  z.object({ id: idSchema, modelId: z.string().min(3).max(100) }),
  async ({ id, modelId }, user) => {
    const route = await chosenTaskModel(modelId);
    const application = await load(id, user.id);
    const { tailoring } = await tailorWithModel(route, application.profile, application.cv.text, application.analysis).catch((error: unknown) => {
      logger.warn({ code: "tailor_model_failed", modelId, kind: (error as Error).name }, "model could not tailor a CV");
      throw new AppError("unavailable:llm", "The AI model could not tailor this CV. The tailoring you had is unchanged; try again later or another model.");
    });
    await updateApplicationForUser(await getDb(), { id, userId: user.id, data: { tailoring } });
    revalidatePath(`/copilot/applications/${id}`);
    return { changes: tailoring.changes.length, flagged: tailoring.flagged.length };
  },
  { rateLimit: "generation" },
);

export const deleteApplication = authedAction(z.object({ id: idSchema }), async ({ id }, user) => {
  if (!(await deleteApplicationForUser(await getDb(), { id, userId: user.id }))) throw notFound();
  revalidatePath("/copilot/applications");
  redirect("/copilot/applications");
});
