import type { Profile } from "@/lib/cv/profile";
import { degreeMention, skillEvidence } from "@/lib/fit/evidence";
import type { Judgement } from "@/lib/fit/requirements/judged";
import type { Evidence, Partial } from "@/lib/fit/types";
import { canonicalSkill } from "@/lib/skills/catalog";
import { isLanguage } from "@/lib/skills/kinds";
import { relatedSkills } from "@/lib/skills/related";

/**
 * Skills that many professions list (and every spoken language): matching them says little about
 * whether a CV fits a posting's profession, so they weigh less and do not count as common ground.
 */
const genericSkills = new Set([
  // Ways of working
  "Communication",
  "Leadership",
  "Teamwork",
  "Problem Solving",
  "Attention to Detail",
  "Time Management",
  "Critical Thinking",
  "Adaptability",
  "Multitasking",
  "Initiative",
  "Creativity",
  "Analytical Skills",
  "Business Acumen",
  "Presentation Skills",
  "Customer Service",
  "Documentation",
  "Reporting",
  "Process Improvement",
  "Project Management",
  "Data Analysis",
  "Agile",
  "Scrum",
  "Kanban",
  // Office tools
  "Excel",
  "Word",
  "PowerPoint",
  "Google Workspace",
  "Google Sheets",
  "Google Slides",
  "Google Docs",
  "Jira",
  "Confluence",
  "Git",
  "SQL",
]);

const isGeneric = (skill: string) => genericSkills.has(skill) || isLanguage(skill);

const alternativeWords = new Set(["or", "o", "ou", "oder", "/"]);

/** The members of a group of alternatives ("Kubernetes or ECS", "GitHub Actions/CircleCI"), or the skill alone. */
export function alternativesOf(skill: string): string[] {
  if (canonicalSkill(skill)) return [skill];
  const parts: string[] = [];
  let part: string[] = [];
  for (const word of skill.replaceAll("/", " / ").split(" ")) {
    if (!word) continue;
    if (!alternativeWords.has(word.toLowerCase())) part.push(word);
    else if (part.length) {
      parts.push(part.join(" "));
      part = [];
    }
  }
  if (part.length) parts.push(part.join(" "));
  return parts.length > 1 && parts.every((part) => canonicalSkill(part)) ? parts.map((part) => canonicalSkill(part)!.name) : [skill];
}

// Each skill's relatives, looked up once: a posting read against many CVs asks for the same ones again.
const relatives = new Map<string, string[]>();
function relativesOf(skill: string): string[] {
  if (!relatives.has(skill)) relatives.set(skill, relatedSkills(skill));
  return relatives.get(skill)!;
}

type SkillMatch = { status: "met" | "partial"; evidence: Evidence; note: string | null; relatedTo?: string };

function matchSkill(skill: string, findSkill: (s: string) => Evidence | null, inDegree: (s: string) => Evidence | null): SkillMatch | null {
  const members = alternativesOf(skill);
  for (const member of members) {
    const found = findSkill(member);
    if (found) {
      const note = found.cvWording.toLowerCase() !== member.toLowerCase() ? `Your CV says “${found.cvWording}”.` : null;
      return { status: "met", evidence: { ...found, skill }, note: members.length > 1 ? `${member} meets this group of alternatives.` : note };
    }
  }
  for (const member of members) {
    const relative = relativesOf(member)
      .map(findSkill)
      .find((e) => e !== null);
    if (relative)
      return { status: "partial", evidence: { ...relative, skill }, note: `Your CV shows ${relative.skill}, a close relative.`, relatedTo: relative.skill };
  }
  for (const member of members) {
    const degree = inDegree(member);
    if (degree) return { status: "partial", evidence: { ...degree, skill }, note: "Named only in a degree's title: counts half.", relatedTo: degree.cvWording };
  }
  return null;
}

export type SkillJudgements = {
  judgements: Judgement[];
  requiredMatched: Evidence[];
  preferredMatched: Evidence[];
  partial: Partial[];
  requiredMissing: string[];
  preferredMissing: string[];
};

/** Each required and preferred skill: met by the skill or an alias, half by a relative or a degree's title, else missing. */
export function judgeSkills(profile: Profile, requiredSkills: string[], preferredSkills: string[]): SkillJudgements {
  const findSkill = skillEvidence(profile);
  const inDegree = degreeMention(profile);
  const out: SkillJudgements = { judgements: [], requiredMatched: [], preferredMatched: [], partial: [], requiredMissing: [], preferredMissing: [] };
  for (const [required, skills] of [
    [true, requiredSkills],
    [false, preferredSkills],
  ] as const) {
    for (const skill of skills) {
      const match = matchSkill(skill, findSkill, inDegree);
      const generic = alternativesOf(skill).every((member) => isGeneric(canonicalSkill(member)?.name ?? member));
      out.judgements.push({
        kind: "skill",
        label: skill,
        required,
        status: match?.status ?? "missing",
        postingLine: null,
        cvLines: match ? [match.evidence.cvLine] : [],
        note: match?.note ?? null,
        generic,
      });
      if (match?.status === "met") (required ? out.requiredMatched : out.preferredMatched).push(match.evidence);
      else {
        if (match) out.partial.push({ ...match.evidence, relatedTo: match.relatedTo ?? match.evidence.cvWording });
        (required ? out.requiredMissing : out.preferredMissing).push(skill);
      }
    }
  }
  return out;
}
