import type { CvMap } from "@/lib/chat/offline/cv-map";
import { answer, notInCv, piece, type Draft } from "@/lib/chat/offline/compose";
import type { Profile } from "@/lib/cv/profile";
import { skillMentions } from "@/lib/skills/mentions";

// Skills: the list a CV gives, and the catalogue's other names for a skill a question asks about, so
// that "JS" finds "JavaScript" and "k8s" finds "Kubernetes".

/** The question with every other name of each catalogue skill it names added, for retrieval. */
export function withSkillAliases(question: string): string {
  const names = [...skillMentions(question).keys()];
  return names.length ? `${question} ${names.join(" ")}` : question;
}

/** The skills the CV lists in its skills section (all it names, when it has no such section), by line. */
export function skillList(profile: Profile, map: CvMap): Draft {
  const byLine = new Map<number, string[]>();
  const inSection = profile.skills.filter((s) => {
    const line = map.lineOf(s);
    return line !== null && map.sectionOf[line] === "skills";
  });
  for (const skill of (inSection.length ? inSection : profile.skills).slice(0, 40)) {
    const line = map.lineOf(skill);
    if (line === null || map.excluded.has(line)) continue;
    byLine.set(line, [...(byLine.get(line) ?? []), skill.value]);
  }
  if (!byLine.size) return notInCv(piece("The CV does not list any skills."));
  const lines = [...byLine.keys()].sort((a, b) => a - b);
  return answer(piece("Skills listed:"), ...lines.map((line, i) => piece(`${byLine.get(line)!.join(", ")}${i === lines.length - 1 ? "." : ";"}`, [line])));
}
