import { z } from "zod";
import { ExtractionError } from "@/lib/cv/extract/extraction-error";
import { getDb } from "@/lib/db/client";
import { createCv } from "@/lib/db/queries/cvs";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { parseInWorker } from "@/lib/files/parse-in-worker";
import { authedRoute } from "@/lib/security/authed-route";
import { boundedText, fieldLimits } from "@/lib/security/text-limits";
import { clientAddressOf } from "@/lib/security/client-ip";
import { consumeUserAndAddress } from "@/lib/security/rate-limit";

const maxBytes = () => getEnv().UPLOAD_MAX_MB * 1024 * 1024;
const tooLarge = () => `This file is larger than ${getEnv().UPLOAD_MAX_MB} MB. Export a smaller PDF (without photos) or paste the text instead.`;

const uploadSchema = z.object({
  file: z.instanceof(File, { message: "Choose a PDF or DOCX file to upload." }),
  name: boundedText(fieldLimits.name, "A CV's name", "Shorten it.").optional(),
});

/** Uploads a CV: checks size and real type, reads its text, parses a profile, and saves all in one insert. */
export const POST = authedRoute(
  async (request, user) => {
    await consumeUserAndAddress("upload", user.id, clientAddressOf(request.headers));
    const form = await request.formData().catch(() => null);
    const parsed = uploadSchema.safeParse({ file: form?.get("file"), name: form?.get("name") ?? undefined });
    if (!parsed.success) throw new AppError("bad_request:cv", parsed.error.issues[0]?.message ?? "Choose a PDF or DOCX file to upload.");
    const { file } = parsed.data;
    if (file.size > maxBytes()) throw new AppError("too_large:input", tooLarge());
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = await parseInWorker("cvFile", { bytes, maxBytes: maxBytes() }).catch((error: unknown) => {
      if (error instanceof ExtractionError) throw new AppError(error.problem === "too_large" ? "too_large:input" : "bad_request:cv", error.message);
      throw error;
    });
    const fileName = file.name.slice(0, 255) || null;
    const name = parsed.data.name || (fileName ?? "CV").replace(/\.(pdf|docx)$/i, "").slice(0, 120);
    const saved = await createCv(await getDb(), { userId: user.id, name, fileName, file: bytes, read });
    if (saved.duplicateOf) return Response.json({ id: saved.duplicateOf.id, duplicateOf: saved.duplicateOf.name }, { status: 200 });
    return Response.json({ id: saved.id }, { status: 201 });
  },
  // The form's own fields need a little room besides the file.
  { maxBodyBytes: maxBytes() + 64 * 1024, tooLargeMessage: tooLarge },
);
