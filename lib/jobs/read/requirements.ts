import type { PostingRequirement } from "@/lib/jobs/analysis-schema";
import { asksForStudies, educationFields, educationLevel } from "@/lib/jobs/read/education";
import { eligibility, markedOptional } from "@/lib/jobs/read/markers";
import type { PostingUnit } from "@/lib/jobs/read/units";
import { isLanguage, isLicence } from "@/lib/skills/kinds";
import { skillSpans, type SkillSpan } from "@/lib/skills/spans";

// What a posting asks beyond skills, each with the line it was read from: years of experience in
// all or in a capacity, licences and certifications, education and languages.

// Experience in a capacity ("leading a team", "as a Registered Nurse", "people management").
const capacity =
  /(?<![\p{L}\p{N}])(?:lead(?:ing)? (?:a |the )?(?:teams?|people|engineers|developers|staff)|manag(?:ing|ement of) (?:a |the )?(?:teams?|people|staff|reports)|people management|line management|team leadership|supervis(?:ing|ory|ion)|management experience|leadership experience|in a (?:leadership|management|managerial|supervisory|senior|lead) (?:role|position|capacity)|as an? (?:\p{L}+ ){0,3}(?:manager|lead|leader|supervisor|nurse|teacher|engineer|accountant|analyst|developer|electrician))(?![\p{L}\p{N}])/iu;
const languageLevel =
  /(?<![\p{L}\p{N}])(?:[ABC][12]|native|bilingual|fluent|fluency|proficient|business|professional working|conversational|advanced|intermediate|basic|nativo|nativa|biling[üu]e|fluido|avanzado|intermedio|b[áa]sico|courant|langue maternelle|interm[ée]diaire|flie[ßs]end|verhandlungssicher|muttersprach(?:e|lich)|grundkenntnisse|fluente|avan[çc]ado)(?![\p{L}\p{N}])/iu;
const drivingLicence =
  /(?<![\p{L}\p{N}])(?:driv(?:ing|er'?s?) licen[cs]e|permis (?:de conduire|b)|carn[ée]t? de conducir|f[üu]hrerschein|carteira de habilita[çc][ãa]o)(?![\p{L}\p{N}])/iu;

const requirement = (kind: PostingRequirement["kind"], unit: PostingUnit, fields: Partial<PostingRequirement>): PostingRequirement => ({
  kind,
  label: unit.text.slice(0, 300),
  line: unit.line.slice(0, 2_000),
  required: unit.section !== "preferred" && !markedOptional(unit.text),
  years: null,
  options: [],
  level: null,
  ...fields,
});

/** The level written closest to a language, between the languages before and after it ("Fluent English and C1 German"). */
function levelNear(text: string, spans: SkillSpan[], i: number): string | null {
  const span = spans[i]!;
  const from = i > 0 ? spans[i - 1]!.end : 0;
  const to = i < spans.length - 1 ? spans[i + 1]!.start : text.length;
  const segment = text.slice(from, to);
  const levels = [...segment.matchAll(new RegExp(languageLevel.source, "giu"))];
  const distance = (m: RegExpExecArray) => {
    const at = from + m.index;
    return at < span.start ? span.start - (at + m[0].length) : at - span.end;
  };
  return levels.sort((a, b) => distance(a) - distance(b))[0]?.[0] ?? null;
}

/** The languages a unit asks for: one requirement each, or one with options when they are alternatives ("English or Spanish"). */
function languageRequirements(unit: PostingUnit): PostingRequirement[] {
  const spans = skillSpans(unit.text).filter((s) => isLanguage(s.skill.name));
  if (!spans.length) return [];
  const names = [...new Set(spans.map((s) => s.skill.name))];
  const between = unit.text.slice(spans[0]!.end, spans.at(-1)!.start);
  if (names.length > 1 && /(?<![\p{L}\p{N}])(?:or|o|ou|oder)(?![\p{L}\p{N}])/iu.test(between)) {
    return [requirement("language", unit, { label: names.join(" or "), options: names, level: languageLevel.exec(unit.text)?.[0] ?? null })];
  }
  const seen = new Set<string>();
  const first = spans.map((span, i) => ({ name: span.skill.name, i })).filter(({ name }) => !seen.has(name) && seen.add(name));
  return first.map(({ name, i }) => requirement("language", unit, { label: name, options: [name], level: levelNear(unit.text, spans, i) }));
}

/** Whether a unit states what the candidate needs (not the duties, pay or the employer). */
const asks = (unit: PostingUnit) => unit.section === "required" || unit.section === "preferred" || unit.obliges;

export function postingRequirements(units: PostingUnit[], title: string | null, statedEducation: string | null): PostingRequirement[] {
  const found: PostingRequirement[] = [];
  const titleLicences = title ? [...new Set(skillSpans(title).map((s) => s.skill.name))].filter(isLicence) : [];
  for (const name of titleLicences) found.push({ kind: "licence", label: name, line: title!, required: true, years: null, options: [name], level: null });
  if (statedEducation) {
    found.push({
      kind: "education",
      label: statedEducation,
      line: statedEducation,
      required: true,
      years: null,
      options: [],
      level: educationLevel(statedEducation),
    });
  }
  for (const unit of units) {
    // The schema keeps 60; reading on would only cost time on a posting made to be slow.
    if (found.length >= 60) break;
    if (unit.section === "other" || ((unit.condition || eligibility.test(unit.text)) && !drivingLicence.test(unit.text))) continue;
    // A clause states one number of years ("3-5 years" is one): the first.
    const statement = unit.years[0];
    if (statement) {
      const role = capacity.exec(unit.text);
      const required = !statement.preferred && unit.section !== "preferred";
      found.push(
        role
          ? requirement("capacity", unit, { label: role[0], years: statement.years, required })
          : requirement("years", unit, { years: statement.years, required }),
      );
    }
    if (!asks(unit) && !(unit.section === "intro" && asksForStudies(unit.text, false))) continue;
    if (!unit.years.length) {
      const role = capacity.exec(unit.text);
      if (role) found.push(requirement("capacity", unit, { label: role[0] }));
    }
    const named = [...new Set(skillSpans(unit.text).map((s) => s.skill.name))];
    const licences = named.filter((name) => isLicence(name) && !titleLicences.includes(name));
    if (licences.length) found.push(requirement("licence", unit, { label: licences.join(" or "), options: licences }));
    else if (drivingLicence.test(unit.text)) found.push(requirement("licence", unit, { label: "Driving licence", options: ["Driving licence"] }));
    found.push(...languageRequirements(unit));
    if (asksForStudies(unit.text, asks(unit)) && !found.some((r) => r.kind === "education" && r.line === unit.line)) {
      found.push(requirement("education", unit, { level: educationLevel(unit.text), options: educationFields(unit.text) }));
    }
  }
  return found.slice(0, 60);
}
