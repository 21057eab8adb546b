import { profileBounds, sourced, type Sourced } from "@/lib/cv/profile";
import { skillCatalog } from "@/lib/skills/catalog";
import { skillMentions } from "@/lib/skills/mentions";
import { charClass, trimEndWhere, trimStartWhere } from "@/lib/text/trim";

// Starts only where a run of spaces starts: from inside one it would read the rest of it again.
const separators = /(?<!\s)\s*(?:,|;|、|，|•|·|\||\/(?!\w{1,3}\b)| {3,}|\t)\s*/;
const itemOpening = charClass(/[\s\-–:]/);
const itemClosing = charClass(/[\s.\-–:]/);
const bulletStart = /^[•◦●▪‣∙*\-–]\s*/;

/** The items listed in a skills section: "Languages: Python, Go" gives Python and Go (as many as a profile keeps). */
export function listedSkills(lines: { line: string }[]): Sourced[] {
  const out: Sourced[] = [];
  const seen = new Set<string>();
  for (const { line } of lines) {
    const body = line.replace(bulletStart, "").replace(/^[\p{L} &]{2,30}:\s+/u, "");
    for (const raw of body.split(separators)) {
      const item = trimEndWhere(trimStartWhere(raw, itemOpening), itemClosing).replace(/^and\s+/i, "");
      const key = item.toLowerCase();
      if (!item || item.length > 40 || item.split(/\s+/).length > 5 || seen.has(key) || /^(and|or|etc|over|lines|\d+)$/i.test(item)) continue;
      if (!/\p{L}/u.test(item)) continue;
      seen.add(key);
      out.push(sourced(item, line, 0.85));
      if (out.length === profileBounds.items) return out;
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
  const firstLine = new Map<string, Sourced>();
  for (const line of lines) {
    for (const [name, { wording }] of skillMentions(line)) if (!firstLine.has(name)) firstLine.set(name, sourced(wording, line, 0.6));
  }
  return skillCatalog
    .filter((skill) => firstLine.has(skill.name) && !known.has(skill.name.toLowerCase()) && !skill.aliases.some((a) => known.has(a.toLowerCase())))
    .map((skill) => firstLine.get(skill.name)!);
}
