import type { CvMap } from "@/lib/chat/offline/cv-map";
import { answer, notInCv, piece, type Draft, type Piece } from "@/lib/chat/offline/compose";
import { canonicalSkill } from "@/lib/skills/catalog";
import { skillMentions } from "@/lib/skills/mentions";

// The saved job beside the CV: which of its skills the CV names, each with the first line naming it,
// and which it never names. No score and no verdict: the chat reports what the CV says.

export type SavedJob = { title: string | null; skills: string[] };

export function jobSkillsAnswer(map: CvMap, job: SavedJob): Draft {
  if (!job.skills.length) return notInCv(piece("The saved job lists no skills to compare with the CV."));
  // The first line that names each catalogue skill, read once over the CV.
  const firstLine = new Map<string, number>();
  map.lines.forEach((text, i) => {
    if (map.excluded.has(i + 1)) return;
    for (const name of skillMentions(text).keys()) if (!firstLine.has(name)) firstLine.set(name, i + 1);
  });
  const lowerLines = map.lines.map((l, i) => (map.excluded.has(i + 1) ? "" : l.toLowerCase()));
  const found: Piece[] = [];
  const missing: string[] = [];
  for (const skill of job.skills) {
    const canonical = canonicalSkill(skill)?.name;
    const line = canonical ? firstLine.get(canonical) : lowerLines.findIndex((l) => l.includes(skill.toLowerCase())) + 1 || undefined;
    if (line) found.push(piece(`${skill},`, [line]));
    else missing.push(skill);
  }
  const role = job.title ? ` for ${job.title}` : "";
  const pieces: Piece[] = [];
  if (found.length) pieces.push(piece(`Of the skills the saved job${role} asks for, the CV names:`), ...found);
  if (missing.length) pieces.push(piece(`The CV does not mention: ${missing.join(", ")}.`));
  return found.length ? answer(...pieces) : notInCv(...pieces);
}
