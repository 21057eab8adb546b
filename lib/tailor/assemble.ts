import type { Profile } from "@/lib/cv/profile";
import { profileForTailoring } from "@/lib/tailor/faithful-profile";
import { isLayoutFragment, isRealSkill, withoutTrailingLetterSpacing } from "@/lib/tailor/fragments";
import type { Tailoring, TracedLine } from "@/lib/tailor/types";

export type TailoredJob = { job: number; title: string | null; company: string | null; dates: string; bullets: TracedLine[] };
export type TailoredCv = {
  name: string | null;
  contact: string[];
  summary: TracedLine[];
  skills: TracedLine[];
  experience: TailoredJob[];
  education: string[];
  certifications: string[];
  languages: string[];
};

// A change stored before a fragment was recognised as one may still hold it: it is left out here too.
const wholeBullets = (lines: TracedLine[]) =>
  lines.map((line) => ({ ...line, text: withoutTrailingLetterSpacing(line.text) })).filter((line) => !isLayoutFragment(line.text));
const realSkills = (lines: TracedLine[]) => lines.filter((line) => isRealSkill({ value: line.text, source: line.source }));

/** "Degree, School, 2016", without a part that an earlier one already holds ("State University 2016", then "2016"). */
function educationLine(parts: (string | undefined)[]): string {
  const kept: string[] = [];
  for (const part of parts) if (part && !kept.some((k) => k.toLowerCase().includes(part.toLowerCase()))) kept.push(part);
  return kept.join(", ");
}

/**
 * The CV as the user decided: accepted changes applied, rejected ones left as the CV has it. It is a
 * faithful copy: the name and contact details at the top, every job with its title, company and
 * dates, and whole bullets only (see profileForTailoring).
 */
export function assembleTailoredCv(parsed: Profile, tailoring: Tailoring): TailoredCv {
  const profile = profileForTailoring(parsed);
  const accepted = (id: string) => tailoring.changes.find((c) => c.id === id && !tailoring.rejected.includes(c.id));
  const sourcedLine = (s: { value: string; source: string } | null) => (s ? [{ text: s.value, source: s.source }] : []);
  return {
    name: profile.name?.value ?? null,
    contact: [profile.email?.value, profile.phone?.value, profile.location?.value, ...profile.links.map((l) => l.value)].filter((v): v is string => Boolean(v)),
    summary: accepted("summary")?.proposed ?? sourcedLine(profile.summary),
    skills: realSkills(accepted("skills")?.proposed ?? profile.skills.map((s) => ({ text: s.value, source: s.source }))),
    experience: profile.experience.map((entry, index) => ({
      job: index,
      title: entry.title?.value ?? null,
      company: entry.company?.value ?? null,
      dates: [entry.start?.value, entry.current ? "Present" : entry.end?.value].filter(Boolean).join(" – "),
      bullets: wholeBullets(accepted(`job-${index}`)?.proposed ?? entry.bullets.map((b) => ({ text: b.value, source: b.source }))),
    })),
    education: profile.education.map((e) => educationLine([e.degree?.value, e.institution?.value, e.end?.value])).filter(Boolean),
    certifications: profile.certifications.map((c) => c.value),
    languages: profile.languages.map((l) => l.value),
  };
}

/** A single-column Markdown CV with plain headings, which applicant-tracking systems read well. */
export function tailoredCvMarkdown(cv: TailoredCv): string {
  const out: string[] = [];
  if (cv.name) out.push(`# ${cv.name}`, "");
  if (cv.contact.length) out.push(cv.contact.join(" · "), "");
  if (cv.summary.length) out.push("## Summary", "", cv.summary.map((s) => s.text).join(" "), "");
  if (cv.skills.length) out.push("## Skills", "", cv.skills.map((s) => s.text).join(", "), "");
  if (cv.experience.length) {
    out.push("## Experience", "");
    for (const job of cv.experience) {
      out.push(`### ${[job.title, job.company].filter(Boolean).join(" at ") || "Role"}`, "");
      if (job.dates) out.push(job.dates, "");
      // One line per bullet: a line break inside one would end the list item there.
      for (const bullet of job.bullets) out.push(`- ${bullet.text.replace(/\s+/g, " ").trim()}`);
      out.push("");
    }
  }
  if (cv.education.length) out.push("## Education", "", ...cv.education.map((e) => `- ${e}`), "");
  if (cv.certifications.length) out.push("## Certifications", "", ...cv.certifications.map((c) => `- ${c}`), "");
  if (cv.languages.length) out.push("## Languages", "", cv.languages.join(", "), "");
  return out.join("\n").trim() + "\n";
}
