import type { JobAnalysis, PostingLanguage } from "@/lib/jobs/analysis-schema";
import { readPostingText, type PostingText } from "@/lib/jobs/posting-text";
import { postingCurrency } from "@/lib/jobs/read/country";
import { asksForStudies, namesStudies } from "@/lib/jobs/read/education";
import { readHeading } from "@/lib/jobs/read/headings";
import { postingLines, type PostingLine } from "@/lib/jobs/read/lines";
import { markedOptional } from "@/lib/jobs/read/markers";
import { postingRequirements } from "@/lib/jobs/read/requirements";
import { salaryInLine, type SalaryReading } from "@/lib/jobs/read/salary";
import { seniorityOf } from "@/lib/jobs/read/seniority";
import { postingSkills } from "@/lib/jobs/read/skills";
import { postingUnits, type PostingUnit } from "@/lib/jobs/read/units";
import { charClass, trimEndWhere } from "@/lib/text/trim";

export type { JobAnalysis, PostingLanguage, Seniority } from "@/lib/jobs/analysis-schema";

const stopwords: Record<PostingLanguage, string[]> = {
  en: ["the", "and", "with", "you", "our", "will", "for", "are", "experience"],
  es: ["el", "la", "los", "las", "y", "con", "para", "experiencia", "del", "en", "que"],
  fr: ["le", "la", "les", "et", "avec", "pour", "vous", "nous", "expérience", "des"],
  de: ["der", "die", "das", "und", "mit", "für", "sie", "wir", "erfahrung", "ist"],
  pt: ["o", "os", "as", "e", "com", "para", "você", "nós", "experiência", "na"],
};

export function detectLanguage(text: string): PostingLanguage {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = Object.fromEntries(Object.entries(stopwords).map(([lang, list]) => [lang, words.filter((w) => list.includes(w)).length])) as Record<
    PostingLanguage,
    number
  >;
  return (Object.entries(counts).sort((a, b) => b[1] - a[1])[0]?.[0] as PostingLanguage) ?? "en";
}

function titleOf(fields: { title?: string }, lines: string[]): string | null {
  if (fields.title) return fields.title;
  const labelled = lines.map((l) => /^(?:job title|title|position|role|puesto|cargo|poste|stelle)\s*[:：]\s*(.{3,80})$/i.exec(l)?.[1]).find(Boolean);
  if (labelled) return labelled.trim();
  const prose =
    /(?:looking for|hiring|seeking|buscamos|recherchons|suchen)\s+(?:an?|un|una|une|einen?)\s+([A-Z][\w/&()\- ]{2,60}?)(?=\s+(?:to|who|with|that|para|pour|der|die)\b|[,.])/.exec(
      lines.join(" "),
    );
  if (prose) return prose[1]!.trim();
  const first = lines.find((l) => l.trim());
  return first && first.split(/\s+/).length <= 10 && !/[.:]$/.test(first) ? first.trim() : null;
}

const notCompanyNames = new Set([
  "us",
  "you",
  "the",
  "this",
  "our",
  "your",
  "it",
  "me",
  "them",
  "we",
  "working",
  "joining",
  "life",
  "company",
  "role",
  "position",
  "job",
]);

function companyOf(fields: { company?: string }, lines: string[]): string | null {
  if (fields.company) return fields.company;
  const labelled = lines.map((l) => /^(?:company|employer|empresa|entreprise|unternehmen)\s*[:：]\s*(.{2,80})$/i.exec(l)?.[1]).find(Boolean);
  if (labelled) return labelled.trim();
  // An "About Acme" heading names the company; "About Us", "About The Role" and the like do not.
  const about = lines
    .map((l) => /^[Aa]bout\s+([A-Z][\w&.\- ]{1,50})\s*:?$/.exec(l)?.[1]?.trim())
    .find((name) => name !== undefined && !notCompanyNames.has(name.split(" ")[0]!.toLowerCase()));
  return about ?? null;
}

/** The first line that asks for a degree or studies, whole, unless it is marked optional. */
function educationIn(units: PostingUnit[], stated: string | undefined): string | null {
  if (stated) return namesStudies(stated) ? stated.replace(/ (?:is )?required\.?$/iu, "").trim() : null;
  const unit = units.find(
    (u) => u.section !== "other" && u.section !== "duties" && asksForStudies(u.text, u.section === "required" || u.section === "preferred" || u.obliges),
  );
  if (!unit || unit.section === "preferred" || markedOptional(unit.text)) return null;
  return trimEndWhere(unit.text, closingPunctuation).trim().slice(0, 200);
}

/** The minimum years of experience the posting requires: its first required statement (0 for "no experience needed"). */
function yearsRequired(units: PostingUnit[]): number | null {
  for (const unit of units) {
    if (unit.section === "other") continue;
    const required = unit.years.find((s) => !s.preferred && unit.section !== "preferred");
    if (required) return required.years;
  }
  return null;
}

/** The posting's pay: stated fields first, then the first line that states pay, a range from two lines' figures. */
function salaryIn(fields: PostingText["fields"], lines: PostingLine[], currency: () => string | null): SalaryReading | null {
  const options = { payLine: true, countryCurrency: currency };
  if (fields.salaryMin) return salaryInLine(`${fields.salaryMin} - ${fields.salaryMax ?? fields.salaryMin}`, options);
  if (fields.salary) {
    const stated = salaryInLine(fields.salary, options);
    if (stated) return stated;
  }
  let payHeading = false;
  for (let i = 0; i < lines.length; i++) {
    const heading = readHeading(lines[i]!.text);
    if (heading && !heading.enumerated) payHeading = payWords.test(lines[i]!.text);
    const reading = salaryInLine(lines[i]!.text, { payLine: payHeading || payWords.test(lines[i]!.text), countryCurrency: currency });
    if (!reading) continue;
    // Pay by option on the next lines ("2 classes/day - 11k/month", "3 classes/day - 17k/month") spans a range.
    for (const next of lines
      .slice(i + 1)
      .filter((l) => l.text)
      .slice(0, 3)) {
      const more = salaryInLine(next.text, { payLine: false, countryCurrency: currency });
      if (!more || reading.range.min !== reading.range.max || more.range.currency !== reading.range.currency || more.range.period !== reading.range.period)
        break;
      reading.range = { ...reading.range, min: Math.min(reading.range.min, more.range.min), max: Math.max(reading.range.max, more.range.max) };
      reading.text = `${reading.text}; ${more.text}`;
    }
    return reading;
  }
  return null;
}
const payWords =
  /(?<![\p{L}\p{N}])(?:salary|pay|wage|compensation|monetary|sueldo|remuneraci[óo]n|r[ée]mun[ée]ration|salaire|gehalt|verg[üu]tung|sal[áa]rio)(?![\p{L}\p{N}])/iu;
const closingPunctuation = charClass(/[.;\s]/u);

/**
 * Reads a job posting without any model: stated fields (front matter, JSON, labelled lines), the
 * title and company from the prose, the skills it names (required or "nice to have" from where they
 * stand), years of experience, education, salary and the posting's language.
 */
export function analyzePosting(raw: string): JobAnalysis {
  const { fields, body } = readPostingText(raw);
  const postingLinesRead = postingLines(body);
  const lines = postingLinesRead.map((l) => l.text);
  const units = postingUnits(postingLinesRead);
  const title = titleOf(fields, lines);
  const location =
    fields.location ??
    lines
      .map((l) => /^(?:location|ubicación|lugar de trabajo|lieu|standort|localização)\s*[:：]\s*(.{2,80})$/i.exec(l)?.[1])
      .find(Boolean)
      ?.trim() ??
    (/\bremote\b/i.test(body) ? "Remote" : null);
  const skills = postingSkills(units, title);
  let currency: string | null | undefined;
  // The country is looked for only when a figure has no currency of its own.
  const countryCurrency = () => (currency === undefined ? (currency = postingCurrency(fields.location ?? location, body)) : currency);
  const salary = salaryIn(fields, postingLinesRead, countryCurrency);
  const education = educationIn(units, fields.education);
  return {
    title,
    company: companyOf(fields, lines),
    location,
    employmentType: fields.type ?? /\bpart[- ]time\b/i.exec(body)?.[0] ?? /\bfull[- ]time\b/i.exec(body)?.[0] ?? null,
    seniority: seniorityOf(title, lines),
    requiredSkills: skills.required,
    preferredSkills: skills.preferred,
    yearsOfExperience: yearsRequired(units),
    education,
    salary: salary?.text.slice(0, 120) ?? null,
    salaryRange: salary?.range ?? null,
    requirements: postingRequirements(units, title, fields.education && education ? education : null),
    language: detectLanguage(body),
  };
}
