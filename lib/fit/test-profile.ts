// Profiles and posting requirements built in tests, with each value cited from a line of its own.
import { emptyProfile, sourced, type Experience, type Profile } from "@/lib/cv/profile";
import type { PostingRequirement } from "@/lib/jobs/analysis-schema";

const cite = (value: string, line = value) => sourced(value, line, 0.9);

/** A job as the parser gives it: the dates as written, "present" or a current flag for a job still held. */
export function job(title: string, start: string, end: string | null, bullets: string[] = [], company = "Acme"): Experience {
  const line = `${title} at ${company}, ${start} – ${end ?? "present"}`;
  return {
    title: cite(title, line),
    company: cite(company, line),
    location: null,
    start: cite(start, line),
    end: end === null ? null : cite(end, line),
    current: end === null,
    bullets: bullets.map((b) => cite(b, `• ${b}`)),
  };
}

export function profileWith(parts: {
  jobs?: Experience[];
  skills?: string[];
  certifications?: string[];
  languages?: string[];
  degrees?: string[];
  summary?: string;
  location?: string;
}): Profile {
  const skillsLine = `Skills: ${(parts.skills ?? []).join(", ")}`;
  return {
    ...emptyProfile(),
    experience: parts.jobs ?? [],
    skills: (parts.skills ?? []).map((s) => cite(s, skillsLine)),
    certifications: (parts.certifications ?? []).map((c) => cite(c)),
    languages: (parts.languages ?? []).map((l) => cite(l)),
    education: (parts.degrees ?? []).map((d) => ({ institution: null, degree: cite(d), start: null, end: null })),
    summary: parts.summary ? cite(parts.summary) : null,
    location: parts.location ? cite(parts.location) : null,
  };
}

export function requirement(kind: PostingRequirement["kind"], label: string, extra: Partial<PostingRequirement> = {}): PostingRequirement {
  return { kind, label, line: `Requirements: ${label}`, required: true, years: null, options: [], level: null, ...extra };
}

/** "Present" in the tests: November 2026. */
export const november2026 = new Date(Date.UTC(2026, 10, 15));
