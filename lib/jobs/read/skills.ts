import { itemSkills } from "@/lib/jobs/read/items";
import { attitude, eligibility } from "@/lib/jobs/read/markers";
import type { PostingUnit } from "@/lib/jobs/read/units";
import { isLicence } from "@/lib/skills/kinds";
import { skillSpans } from "@/lib/skills/spans";

// The skills a posting requires and prefers. Requirements sections and obliging sentences say what
// is required, with items marked optional where they stand; preferred sections what is welcome. A
// posting that states no requirement at all asks for what its duties name. A regulated job title is
// its licence ("Registered Nurse").

type Found = { name: string; preferred: boolean; known: boolean };

const key = (name: string) => name.normalize("NFC").toLowerCase().replace(/[-‐–]/gu, " ").replace(/\s+/gu, " ").trim();

/** One entry per skill: required wins over preferred, and "selling software products" folds into "selling software". */
function collect(found: Found[]): { required: string[]; preferred: string[] } {
  const byKey = new Map<string, Found>();
  for (const skill of found) {
    const k = key(skill.name);
    const seen = byKey.get(k);
    if (!seen) byKey.set(k, { ...skill });
    else if (!skill.preferred) seen.preferred = false;
  }
  const entries = [...byKey.entries()];
  const folded = new Set<string>();
  for (const [k, skill] of entries) {
    if (skill.known) continue;
    const shorter = entries.find(([other, o]) => other !== k && !o.known && k.startsWith(`${other} `));
    if (shorter) {
      folded.add(k);
      if (!skill.preferred) shorter[1].preferred = false;
    }
  }
  const kept = entries.filter(([k]) => !folded.has(k)).map(([, skill]) => skill);
  return { required: kept.filter((s) => !s.preferred).map((s) => s.name), preferred: kept.filter((s) => s.preferred).map((s) => s.name) };
}

/** Drops a skill another one found makes more precise: "Sales" where "Sales Strategy" is named. */
function mostPrecise(names: string[]): string[] {
  const spaced = (name: string) => ` ${name.toLowerCase()} `;
  return names.filter((name) => !names.some((other) => other !== name && spaced(other).includes(spaced(name))));
}

export function postingSkills(units: PostingUnit[], title: string | null): { required: string[]; preferred: string[] } {
  const licences: Found[] = title
    ? skillSpans(title)
        .filter((s) => isLicence(s.skill.name))
        .map((s) => ({ name: s.skill.name, preferred: false, known: true }))
    : [];
  const stated: Found[] = [];
  for (const unit of units) {
    // More than any posting lists: the rest would only cost time.
    if (stated.length >= 200) break;
    const asks = unit.section === "required" || unit.section === "preferred" || unit.obliges;
    if (asks && !unit.condition) stated.push(...itemSkills(unit.text, unit.section === "preferred"));
  }
  if (stated.some((s) => !s.preferred)) return collect([...licences, ...stated]);
  // No requirement stated: the concrete skills the duties and the description name.
  const named = units
    .filter((u) => (u.section === "intro" || u.section === "duties") && !eligibility.test(u.text) && !attitude.test(u.text))
    .flatMap((u) => skillSpans(u.text).map((s) => s.skill.name));
  const fromDuties = mostPrecise([...new Set(named)]).map((name) => ({ name, preferred: false, known: true }));
  return collect([...licences, ...fromDuties, ...stated]);
}
