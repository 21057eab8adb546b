"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { chosenTaskModel } from "@/lib/ai/runtime";
import { meanConfidence } from "@/lib/cv/ingest";
import { mergeProfiles } from "@/lib/cv/merge-profiles";
import { parseProfileHeuristically } from "@/lib/cv/parse/heuristic";
import { parseProfileWithModel } from "@/lib/cv/parse/llm";
import { logger } from "@/lib/logger";
import { addFromLines, addFromLinesSchema, applyProfileEdits, profileEditSchema } from "@/lib/cv/profile-edits";
import { getDb } from "@/lib/db/client";
import { idSchema } from "@/lib/db/ids";
import { createCv, deleteCvForUser, getCvForUser, renameCvForUser, saveCvProfileForUser } from "@/lib/db/queries/cvs";
import { AppError } from "@/lib/errors";
import { asUserError } from "@/lib/files/parse-in-worker";
import { parseOnce } from "@/lib/files/parse-once";
import { saveAndRescore } from "@/lib/fit/rescore";
import { authedAction } from "@/lib/security/authed-action";
import { boundedText, fieldLimits, textLimits } from "@/lib/security/text-limits";

const nameSchema = boundedText(fieldLimits.name, "A CV's name", "Shorten it.").min(1, "Give the CV a name");

/** A CV pasted as text, for files that cannot be read (scans, protected PDFs) or no file at all. */
export const createCvFromText = authedAction(
  z.object({
    name: nameSchema,
    text: boundedText(textLimits.cvText, "A CV's text", "Paste only the CV.").min(50, "Paste the whole CV: this is too short to read a profile from"),
  }),
  async ({ name, text }, user) => {
    const read = await parseOnce("cvText", { text }, { userId: user.id }).catch(asUserError("cv"));
    const saved = await createCv(await getDb(), { userId: user.id, name, fileName: null, file: null, read });
    redirect(`/copilot/cvs/${saved.id ?? saved.duplicateOf!.id}`);
  },
  { rateLimit: "upload" },
);

export const renameCv = authedAction(z.object({ id: idSchema, name: nameSchema }), async ({ id, name }, user) => {
  if (!(await renameCvForUser(await getDb(), { id, userId: user.id, name }))) throw new AppError("not_found:cv");
  revalidatePath("/copilot");
  return { name };
});

export const deleteCv = authedAction(z.object({ id: idSchema }), async ({ id }, user) => {
  if (!(await deleteCvForUser(await getDb(), { id, userId: user.id }))) throw new AppError("not_found:cv");
  revalidatePath("/copilot");
  return { deleted: true };
});

/** Saves the user's corrections to the parsed profile; each changed field is recorded as edited by them. */
export const saveCvProfile = authedAction(z.object({ id: idSchema, edits: z.array(profileEditSchema).max(200) }), async ({ id, edits }, user) => {
  const db = await getDb();
  const cv = await getCvForUser(db, { id, userId: user.id });
  if (!cv) throw new AppError("not_found:cv");
  const profile = applyProfileEdits(cv.profile, edits);
  await saveAndRescore(db, { userId: user.id, cvId: id }, (tx) =>
    saveCvProfileForUser(tx, { id, userId: user.id, profile, confidence: meanConfidence(profile) }),
  );
  return { saved: edits.length };
});

/**
 * Adds what the parser missed, from lines of the CV's own text the user selected: a bullet of one of
 * the jobs, or a new job. Saved and re-scored like any other correction.
 */
export const addCvProfileLines = authedAction(addFromLinesSchema.extend({ id: idSchema }), async ({ id, ...addition }, user) => {
  const db = await getDb();
  const cv = await getCvForUser(db, { id, userId: user.id });
  if (!cv) throw new AppError("not_found:cv");
  const result = addFromLines(cv.profile, cv.text.split("\n"), addition);
  if ("error" in result) throw new AppError("bad_request:cv", result.error);
  await saveAndRescore(db, { userId: user.id, cvId: id }, (tx) =>
    saveCvProfileForUser(tx, { id, userId: user.id, profile: result.profile, confidence: meanConfidence(result.profile) }),
  );
  return { jobs: result.profile.experience.length };
});

/**
 * Reads the CV again with a language model (Groq or Ollama). Its answer is checked line by line
 * against the CV; the built-in parser fills what the model missed. Replaces earlier corrections.
 */
export const readCvWithModel = authedAction(
  z.object({ id: idSchema, modelId: z.string().min(3).max(100) }),
  async ({ id, modelId }, user) => {
    const route = await chosenTaskModel(modelId);
    const db = await getDb();
    const cv = await getCvForUser(db, { id, userId: user.id });
    if (!cv) throw new AppError("not_found:cv");
    const lines = cv.text.split("\n");
    const { profile: fromModel, run } = await parseProfileWithModel(route, lines, { abortSignal: AbortSignal.timeout(60_000) }).catch((error: unknown) => {
      logger.warn({ code: "cv_model_parse_failed", modelId, kind: (error as Error).name }, "model could not read a CV");
      throw new AppError("unavailable:llm", "The AI model could not read this CV. Your profile is unchanged; try again later or another model.");
    });
    const profile = mergeProfiles(fromModel, parseProfileHeuristically(lines));
    await saveAndRescore(db, { userId: user.id, cvId: id }, (tx) =>
      saveCvProfileForUser(tx, { id, userId: user.id, profile, confidence: meanConfidence(profile), parseMethod: run.modelId }),
    );
    revalidatePath(`/copilot/cvs/${id}`);
    return { parseMethod: run.modelId };
  },
  { rateLimit: "generation" },
);
