import type { Profile } from "@/lib/cv/profile";
import { skillEvidence } from "@/lib/fit/fit";
import type { JobAnalysis } from "@/lib/jobs/analyze";
import { charClass, trimEndWhere } from "@/lib/text/trim";
import { letterTemplates } from "@/lib/tailor/letter-templates";
import type { TailoredCv } from "@/lib/tailor/assemble";
import { unsupportedClaimsOfEach, type Claim } from "@/lib/tailor/grounding";

export const letterWordRange = { min: 250, max: 400 } as const;

export const wordCount = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;

type Posting = Pick<JobAnalysis, "title" | "company" | "language" | "requiredSkills" | "preferredSkills">;

/**
 * The offline cover letter: the posting's language, addressed to its company, 250–400 words. Its
 * facts are the CV's (latest role, the most relevant bullets as written, the matching skills in the
 * CV's words); the rest is wording that states nothing about the candidate's record.
 */
export function draftCoverLetter(profile: Profile, tailored: TailoredCv, posting: Posting): string {
  const t = letterTemplates[posting.language];
  const latest = tailored.experience[0];
  const findSkill = skillEvidence(profile);
  const skills = [
    ...new Set([...posting.requiredSkills, ...posting.preferredSkills].map((s) => findSkill(s)?.cvWording).filter((s): s is string => Boolean(s))),
  ].slice(0, 8);
  const bullets = tailored.experience.flatMap((job) => job.bullets.map((b) => trimEndWhere(b.text, charClass(/[.;,\s]/))));

  const compose = (bulletCount: number, characterCount: number) => {
    const paragraphs = [t.greeting(posting.company), t.opening(posting.title, posting.company)];
    const chosen = bullets.slice(0, bulletCount).map((b) => `- ${b}.`);
    if (latest?.title && chosen.length) paragraphs.push([t.recentRole(latest.title, latest.company), ...chosen].join("\n"));
    else if (chosen.length) paragraphs.push([t.achievements, ...chosen].join("\n"));
    if (skills.length) paragraphs.push(t.skills(skills.join(", ")));
    paragraphs.push(`${t.motivation(posting.title)} ${t.character.slice(0, characterCount).join(" ")}`);
    paragraphs.push(t.closing(posting.company));
    paragraphs.push(`${t.signOff}\n${profile.name?.value ?? ""}`.trim());
    return paragraphs.join("\n\n");
  };

  // More of the CV first, then more of the general paragraph, until the letter is long enough;
  // fewer bullets when it runs long.
  let bulletCount = Math.min(3, bullets.length);
  let characterCount = 2;
  let letter = compose(bulletCount, characterCount);
  while (wordCount(letter) < letterWordRange.min && (bulletCount < Math.min(6, bullets.length) || characterCount < t.character.length)) {
    if (bulletCount < Math.min(6, bullets.length)) bulletCount++;
    else characterCount++;
    letter = compose(bulletCount, characterCount);
  }
  while (wordCount(letter) > letterWordRange.max && bulletCount > 1) letter = compose(--bulletCount, characterCount);
  return letter;
}

/**
 * The grounding check applied to a letter: lines stating something the CV (or the posting's title and
 * company) does not support are taken out, and returned so the user can see them.
 */
export function groundLetter(letter: string, evidence: string): { letter: string; removed: Claim[] } {
  const lines = letter.split("\n");
  const claims = unsupportedClaimsOfEach(lines, evidence);
  return { letter: lines.filter((_, i) => claims[i]!.length === 0).join("\n"), removed: claims.flat() };
}

/**
 * The built-in cover letter for a tailored CV: drafted from the CV and the posting, then every line
 * the CV's own text (with the posting's title and company) does not support is removed.
 */
export function builtInCoverLetter(profile: Profile, tailored: TailoredCv, posting: Posting, cvText: string): string {
  return groundLetter(draftCoverLetter(profile, tailored, posting), `${cvText}\n${posting.title ?? ""}\n${posting.company ?? ""}`).letter;
}
