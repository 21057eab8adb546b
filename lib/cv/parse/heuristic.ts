import { emptyProfile, profileBounds, sourced, type Profile } from "@/lib/cv/profile";
import { findEmail, findLinks, findPhone } from "@/lib/cv/parse/contact";
import { parseEducation } from "@/lib/cv/parse/education";
import { parseExperience } from "@/lib/cv/parse/experience";
import { findLanguages } from "@/lib/cv/parse/languages";
import { findLocation } from "@/lib/cv/parse/location";
import { findName } from "@/lib/cv/parse/name";
import { findSections, linesOf } from "@/lib/cv/parse/sections";
import { listedSkills, mentionedSkills } from "@/lib/cv/parse/skills";

/**
 * The offline parser: reads a profile from a CV's lines with layout-aware heuristics. Every value
 * carries the line it came from; what cannot be found stays empty.
 */
export function parseProfileHeuristically(allLines: string[]): Profile {
  // Runs of blank lines say no more than one does (a gap, a page break), and every finder below reads each line.
  const lines = allLines.filter((line, i) => line.trim() !== "" || (i > 0 && allLines[i - 1]!.trim() !== ""));
  const profile = emptyProfile();
  const sections = findSections(lines);
  const text = (kind: Parameters<typeof linesOf>[1]) => linesOf(lines, kind, sections);
  const header = text("contact").map((l) => l.line);

  profile.name = findName(lines, sections);
  const references = new Set(text("references").map((r) => r.line));
  profile.email = findEmail([...header, ...lines.filter((l) => !references.has(l))]);
  profile.phone = findPhone([...header, ...lines]);
  profile.links = findLinks(header.length ? header : lines.slice(0, 6));
  profile.location = findLocation(lines, profile.name?.value ?? null, sections);

  const summary = text("summary")
    .map((l) => l.line)
    .filter(Boolean);
  if (summary.length) profile.summary = sourced(summary.slice(0, 6).join(" "), summary.slice(0, 6).join("\n"), 0.7);

  const experienceLines = text("experience").map((l) => l.line);
  profile.experience = parseExperience(experienceLines.length ? experienceLines : text("volunteer").map((l) => l.line)).slice(0, profileBounds.jobs);
  profile.education = parseEducation(text("education").map((l) => l.line));

  const listed = listedSkills(text("skills"));
  profile.skills = [...listed, ...mentionedSkills(lines, listed)].slice(0, profileBounds.items);
  profile.languages = findLanguages(
    text("languages").map((l) => l.line),
    lines,
  );
  profile.certifications = text("certifications")
    .filter((l) => l.line.trim())
    .slice(0, profileBounds.items)
    .map((l) => sourced(l.line.replace(/^[•◦*\-–]\s*/, ""), l.line, 0.7));
  const projectLines = text("projects").map((l) => l.line);
  profile.projects = parseExperience(projectLines)
    .slice(0, profileBounds.projects)
    .map((p) => ({ name: p.title, bullets: p.bullets }));
  return profile;
}
