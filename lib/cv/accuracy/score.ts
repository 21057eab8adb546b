import type { Profile } from "@/lib/cv/profile";
import { comparable as comparableText, sameText } from "@/lib/cv/accuracy/compare";
import { scoreEducation, scoreJobs, type ExpectedJob, type ExpectedSchool, type JobScore } from "@/lib/cv/accuracy/jobs";
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
  /** Given for CVs with a text layer: every job in document order, the schools, the place and the spoken languages. */
  location?: string | null;
  experience?: ExpectedJob[];
  education?: ExpectedSchool[];
  languages?: string[];
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
  fields: Partial<Record<ScoredField | "location", { expected: string; actual: string | null; ok: boolean }>>;
  skillsRecall: number | null;
  jobs: JobScore | null;
  education: ReturnType<typeof scoreEducation> | null;
  languages: { expected: number; found: number; missing: string[] } | null;
};

/** Spoken languages the profile lists, compared by name as the CV writes it. */
function scoreLanguages(expected: string[], profile: Profile): FileScore["languages"] {
  const listed = profile.languages.map((l) => comparableText(l.value));
  const missing = expected.filter((language) => !listed.some((l) => l === comparableText(language) || l.startsWith(`${comparableText(language)} `)));
  return { expected: expected.length, found: expected.length - missing.length, missing };
}

export function scoreProfile(truth: GroundTruth, profile: Profile): FileScore {
  const fields: FileScore["fields"] = {};
  for (const field of scoredFields) {
    const expected = truth[field];
    if (expected === null || expected === undefined) continue;
    const actual = found(profile, field);
    fields[field] = { expected, actual, ok: fieldMatches(field, expected, actual) };
  }
  if (truth.location) {
    const actual = profile.location?.value ?? null;
    fields.location = { expected: truth.location, actual, ok: sameText(truth.location, actual) };
  }
  return {
    file: truth.file,
    fields,
    skillsRecall: truth.skills?.length ? skillsRecall(truth.skills, profile) : null,
    jobs: truth.experience ? scoreJobs(truth.experience, profile.experience) : null,
    education: truth.education ? scoreEducation(truth.education, profile.education) : null,
    languages: truth.languages?.length ? scoreLanguages(truth.languages, profile) : null,
  };
}
