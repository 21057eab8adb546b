import { sourced, type Sourced } from "@/lib/cv/profile";
import { skillMatchers } from "@/lib/skills/catalog";

const separators = /\s*(?:,|;|、|，|•|·|\||\/(?!\w{1,3}\b)| {3,}|\t)\s*/;
const bulletStart = /^[•◦●▪‣∙*\-–]\s*/;

/** The items listed in a skills section: "Languages: Python, Go" gives Python and Go. */
export function listedSkills(lines: { line: string }[]): Sourced[] {
  const out: Sourced[] = [];
  const seen = new Set<string>();
  for (const { line } of lines) {
    const body = line.replace(bulletStart, "").replace(/^[\p{L} &]{2,30}:\s+/u, "");
    for (const raw of body.split(separators)) {
      const item = raw.replace(/^[\s\-–:]+|[\s.\-–:]+$/g, "").replace(/^and\s+/i, "");
      const key = item.toLowerCase();
      if (!item || item.length > 40 || item.split(/\s+/).length > 5 || seen.has(key) || /^(and|or|etc|over|lines|\d+)$/i.test(item)) continue;
      if (!/\p{L}/u.test(item)) continue;
      seen.add(key);
      out.push(sourced(item, line, 0.85));
    }
  }
  return out;
}

/**
 * Catalogue skills named anywhere in the text (bullets, summary), each as the CV writes it ("k8s"
 * stays "k8s": matching knows it is Kubernetes) with the first line naming it.
 */
export function mentionedSkills(lines: string[], already: Sourced[]): Sourced[] {
  const known = new Set(already.map((s) => s.value.toLowerCase()));
  const out: Sourced[] = [];
  for (const { skill, patterns } of skillMatchers) {
    if (known.has(skill.name.toLowerCase()) || skill.aliases.some((a) => known.has(a.toLowerCase()))) continue;
    for (const line of lines) {
      const match = patterns.map((p) => p.exec(line)).find((m) => m !== null);
      if (match) {
        out.push(sourced(match[0], line, 0.6));
        break;
      }
    }
  }
  return out;
}
