import { createHash } from "node:crypto";
import { extractCvText } from "@/lib/cv/extract/extract-cv-text";
import { ExtractionError } from "@/lib/cv/extract/extraction-error";
import { normalizeLines } from "@/lib/cv/extract/normalize";
import { parseProfileHeuristically } from "@/lib/cv/parse/heuristic";
import type { Profile, Sourced } from "@/lib/cv/profile";
import { textLimits, tooLongMessage } from "@/lib/security/text-limits";

export const cvMimeTypes = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  text: "text/plain",
} as const;

export type CvWarning = "hidden_text" | "few_fields";

export type ReadCv = {
  text: string;
  profile: Profile;
  parseMethod: string;
  confidence: number;
  warnings: CvWarning[];
  mime: string;
  sha256: string;
  size: number;
};

/** Every sourced value of a profile, for averaging confidence and counting what was found. */
export function sourcedFields(profile: Profile): Sourced[] {
  const jobs = profile.experience.flatMap((j) => [j.title, j.company, j.location, j.start, j.end, ...j.bullets]);
  const schools = profile.education.flatMap((e) => [e.institution, e.degree, e.start, e.end]);
  const projects = profile.projects.flatMap((p) => [p.name, ...p.bullets]);
  return [
    profile.name,
    profile.email,
    profile.phone,
    profile.location,
    profile.summary,
    ...profile.links,
    ...jobs,
    ...schools,
    ...profile.skills,
    ...profile.certifications,
    ...profile.languages,
    ...projects,
  ].filter((f): f is Sourced => f !== null);
}

export function meanConfidence(profile: Profile): number {
  const fields = sourcedFields(profile);
  return fields.length ? Math.round((fields.reduce((sum, f) => sum + f.confidence, 0) / fields.length) * 100) / 100 : 0;
}

function fromLines(lines: string[], extra: { mime: string; sha256: string; size: number; hiddenTextItems: number }): ReadCv {
  const profile = parseProfileHeuristically(lines);
  const warnings: CvWarning[] = [];
  if (extra.hiddenTextItems > 0) warnings.push("hidden_text");
  if (!profile.name && !profile.email && profile.experience.length === 0) warnings.push("few_fields");
  return {
    text: lines.join("\n"),
    profile,
    parseMethod: "offline",
    confidence: meanConfidence(profile),
    warnings,
    mime: extra.mime,
    sha256: extra.sha256,
    size: extra.size,
  };
}

/** Refuses a CV whose text is longer than any CV: reading it would hold up the server for nothing. */
export function checkCvTextLength(lines: string[]): void {
  const length = lines.reduce((sum, line) => sum + line.length, Math.max(0, lines.length - 1));
  if (length > textLimits.cvText) {
    throw new ExtractionError(
      "too_much_text",
      tooLongMessage("A CV's text", textLimits.cvText, length, "Upload only your CV, or paste the part of it you want read."),
    );
  }
}

/** Reads an uploaded CV file: checks it, extracts its text and parses a profile. Throws ExtractionError. */
export async function readCvFile(bytes: Uint8Array, { maxBytes }: { maxBytes: number }): Promise<ReadCv> {
  const extracted = await extractCvText(bytes, { maxBytes });
  checkCvTextLength(extracted.lines);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return fromLines(extracted.lines, { mime: cvMimeTypes[extracted.type], sha256, size: bytes.length, hiddenTextItems: extracted.hiddenTextItems });
}

/** Reads a CV pasted as plain text. */
export function readCvText(text: string): ReadCv {
  const lines = normalizeLines([text]);
  return fromLines(lines, {
    mime: cvMimeTypes.text,
    sha256: createHash("sha256").update(text).digest("hex"),
    size: Buffer.byteLength(text),
    hiddenTextItems: 0,
  });
}
