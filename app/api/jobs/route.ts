import { z } from "zod";
import { ExtractionError } from "@/lib/cv/extract/extraction-error";
import { getDb } from "@/lib/db/client";
import { createJobPosting } from "@/lib/db/queries/jobs";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { parseOnce } from "@/lib/files/parse-once";
import { authedRoute } from "@/lib/security/authed-route";
import { clientAddressOf } from "@/lib/security/client-ip";
import { consumeUserAndAddress } from "@/lib/security/rate-limit";

const maxBytes = () => getEnv().UPLOAD_MAX_MB * 1024 * 1024;
const tooLarge = () => `This file is larger than ${getEnv().UPLOAD_MAX_MB} MB. Paste the posting's text instead.`;

const uploadSchema = z.object({ file: z.instanceof(File, { message: "Choose a TXT, PDF or DOCX file with the job posting." }) });

/** Uploads a job posting file (TXT, Markdown, JSON, PDF or DOCX), reads and analyses it, and saves it. */
export const POST = authedRoute(
  async (request, user) => {
    await consumeUserAndAddress("upload", user.id, clientAddressOf(request.headers));
    const form = await request.formData().catch(() => null);
    const parsed = uploadSchema.safeParse({ file: form?.get("file") });
    if (!parsed.success) throw new AppError("bad_request:job", parsed.error.issues[0]?.message ?? "Choose a file.");
    const { file } = parsed.data;
    if (file.size > maxBytes()) throw new AppError("too_large:input", tooLarge());
    const { text, analysis } = await parseOnce(
      "postingFile",
      { bytes: new Uint8Array(await file.arrayBuffer()), maxBytes: maxBytes() },
      { userId: user.id },
    ).catch((error: unknown) => {
      if (error instanceof ExtractionError) throw new AppError(error.problem === "too_large" ? "too_large:input" : "bad_request:job", error.message);
      throw error;
    });
    const saved = await createJobPosting(await getDb(), { userId: user.id, text, analysis, sourceFileName: file.name.slice(0, 255) || null });
    return Response.json({ id: saved.id }, { status: 201 });
  },
  { maxBodyBytes: maxBytes() + 64 * 1024, tooLargeMessage: tooLarge },
);
