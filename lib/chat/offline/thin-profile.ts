import { findDateRange } from "@/lib/cv/parse/dates";
import { parseExperience } from "@/lib/cv/parse/experience";
import { findSections } from "@/lib/cv/parse/sections";
import type { Profile } from "@/lib/cv/profile";

// A CV without section headings ("Sam Ortiz / 2019 – 2022 Baker, Acme, York") leaves the parser
// with no work history, though its dated lines are plainly jobs. When the profile lists no job, the
// dated lines outside the education and other named sections are read as the work history.

const notWork = new Set(["education", "skills", "certifications", "languages", "contact", "projects"]);

/** The lines that may hold jobs: those outside sections that hold something else. */
function workLines(lines: string[]): string[] {
  const sections = findSections(lines);
  return lines.filter((_, i) => {
    const section = sections.find((s) => i >= s.start && i < s.end);
    // The lines before the first heading are read as "contact"; without a heading they may be anything.
    return !section || section.heading === null || !notWork.has(section.kind);
  });
}

/** The profile, with jobs read from its dated lines when the parser found none. */
export function withDatedJobs(lines: string[], profile: Profile): Profile {
  if (profile.experience.length) return profile;
  const candidates = workLines(lines);
  if (!candidates.some((line) => findDateRange(line))) return profile;
  const experience = parseExperience(candidates).filter((job) => job.start && (job.title || job.company));
  return experience.length ? { ...profile, experience } : profile;
}
