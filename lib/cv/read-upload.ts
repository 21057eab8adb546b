import "server-only";
import { z } from "zod";
import { ExtractionError } from "@/lib/cv/extract/extraction-error";
import type { ReadCv } from "@/lib/cv/ingest";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { parseOnce } from "@/lib/files/parse-once";
import { boundedText, fieldLimits } from "@/lib/security/text-limits";

const maxBytes = () => getEnv().UPLOAD_MAX_MB * 1024 * 1024;
const tooLarge = () => `This file is larger than ${getEnv().UPLOAD_MAX_MB} MB. Export a smaller PDF (without photos) or paste the text instead.`;

/** The body limits of a CV upload route: the file, and a little room for the form's own fields. */
export const cvUploadLimits = () => ({ maxBodyBytes: maxBytes() + 64 * 1024, tooLargeMessage: tooLarge });

const uploadSchema = z.object({
  file: z.instanceof(File, { message: "Choose a PDF or DOCX file to upload." }),
  name: boundedText(fieldLimits.name, "A CV's name", "Shorten it.").optional(),
});

export type UploadedCv = { name: string; fileName: string | null; bytes: Uint8Array; read: ReadCv };

/** The name a CV gets when none was typed: its file's name without the extension. */
export function defaultCvName(fileName: string | null): string {
  return (fileName ?? "CV").replace(/\.(pdf|docx)$/i, "").slice(0, 120);
}

/**
 * Reads a CV upload form (a `file` and an optional `name`): checks its size and real type, reads its
 * text and parses a profile in a parse worker. Every problem is an AppError whose message the user
 * sees; nothing is saved here.
 */
export async function readCvUpload(request: Request, owner: { userId: string }): Promise<UploadedCv> {
  const form = await request.formData().catch(() => null);
  const parsed = uploadSchema.safeParse({ file: form?.get("file"), name: form?.get("name") ?? undefined });
  if (!parsed.success) throw new AppError("bad_request:cv", parsed.error.issues[0]?.message ?? "Choose a PDF or DOCX file to upload.");
  const { file } = parsed.data;
  if (file.size > maxBytes()) throw new AppError("too_large:input", tooLarge());
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await parseOnce("cvFile", { bytes, maxBytes: maxBytes() }, owner).catch((error: unknown) => {
    if (error instanceof ExtractionError) throw new AppError(error.problem === "too_large" ? "too_large:input" : "bad_request:cv", error.message);
    throw error;
  });
  const fileName = file.name.slice(0, 255) || null;
  return { name: parsed.data.name || defaultCvName(fileName), fileName, bytes, read };
}
