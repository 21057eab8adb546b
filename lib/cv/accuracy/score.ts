import type { Profile } from "@/lib/cv/profile";
import { latestJob } from "@/lib/cv/parse/experience";
import { canonicalSkill } from "@/lib/skills/catalog";
import { charClass, trimWhere } from "@/lib/text/trim";

/** One CV's expected values, as in a corpus's ground-truth.json (null: the CV does not contain it). */
export type GroundTruth = {
  file: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  latestTitle: string | null;
  latestCompany: string | null;
  skills: string[] | null;
  textLayer?: boolean;
  encrypted?: boolean;
};

export const scoredFields = ["name", "email", "phone", "latestTitle", "latestCompany"] as const;
export type ScoredField = (typeof scoredFields)[number];

const comparable = (s: string) => trimWhere(s.normalize("NFKC").toLowerCase().replace(/\s+/g, " "), charClass(/[\s.,;:]/));
const digits = (s: string) => s.replace(/\D/g, "");

function found(profile: Profile, field: ScoredField): string | null {
  const latest = latestJob(profile.experience);
  switch (field) {
    case "latestTitle":
      return latest?.title?.value ?? null;
    case "latestCompany":
      return latest?.company?.value ?? null;
    default:
      return profile[field]?.value ?? null;
  }
}

/** Whether the parsed value matches the expected one: phones by their digits, the rest as normalised text. */
export function fieldMatches(field: ScoredField, expected: string, actual: string | null): boolean {
  if (actual === null) return false;
  if (field === "phone") return digits(expected) === digits(actual) && digits(expected).length > 0;
  return comparable(expected) === comparable(actual);
}

/** Share of the expected skills the profile lists, by name or by a known alias. */
export function skillsRecall(expected: string[], profile: Profile): number {
  if (!expected.length) return 1;
  const parsed = profile.skills.map((s) => s.value);
  const keys = new Set(parsed.map(comparable));
  const canon = new Set(parsed.map((s) => canonicalSkill(s)?.name).filter(Boolean));
  const hit = expected.filter((skill) => keys.has(comparable(skill)) || (canonicalSkill(skill) && canon.has(canonicalSkill(skill)!.name)));
  return hit.length / expected.length;
}

export type FileScore = {
  file: string;
  fields: Partial<Record<ScoredField, { expected: string; actual: string | null; ok: boolean }>>;
  skillsRecall: number | null;
};

export function scoreProfile(truth: GroundTruth, profile: Profile): FileScore {
  const fields: FileScore["fields"] = {};
  for (const field of scoredFields) {
    const expected = truth[field];
    if (expected === null || expected === undefined) continue;
    const actual = found(profile, field);
    fields[field] = { expected, actual, ok: fieldMatches(field, expected, actual) };
  }
  return { file: truth.file, fields, skillsRecall: truth.skills?.length ? skillsRecall(truth.skills, profile) : null };
}
