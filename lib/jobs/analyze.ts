import { readPostingText } from "@/lib/jobs/posting-text";
import { skillMentions } from "@/lib/skills/mentions";
import type { JobAnalysis, PostingLanguage, Seniority } from "@/lib/jobs/analysis-schema";

export type { JobAnalysis, PostingLanguage, Seniority } from "@/lib/jobs/analysis-schema";

const preferredContext =
  /nice[- ]to[- ]have|preferred|preferably|bonus|a plus|is a plus|desirable|ideally|familiarity with|deseable|valorable|se valorará|un plus|souhaité|apprécié|wünschenswert|von vorteil|desejável/i;
const preferredMarker = /deseable|preferred|preferable|nice to have|a plus|optional|opcional|souhaité|wünschenswert|desejável/i;
const preferredHeading =
  /^(nice[- ]to[- ]haves?|preferred( qualifications| skills)?|bonus( points)?|pluses|desirable|deseable|valorable|atouts|wünschenswert|diferenciais)\s*:?$/i;
const requiredHeading =
  /^(requirements?|required( qualifications| skills)?|must[- ]haves?|qualifications|what you( will)? bring|what we('re| are) looking for|you have|skills|requisitos|requerimientos|exigences|profil recherché|anforderungen|ihr profil|requisitos obrigatórios)\s*:?$/i;

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

function seniorityOf(title: string | null, body: string): Seniority | null {
  const t = `${title ?? ""}`.toLowerCase();
  if (/\b(intern|internship|practicante|trainee|prácticas|stagiaire|praktikant)\b/.test(t)) return "intern";
  if (/\b(chief|vp|vice president|director|head of)\b/.test(t)) return "executive";
  if (/\b(lead|principal|staff|manager)\b/.test(t)) return "lead";
  if (/\b(senior|sr\.?)\b/.test(t)) return "senior";
  if (/\b(junior|jr\.?|entry[- ]level|associate|graduate)\b/.test(t)) return "junior";
  const years = yearsIn(body);
  if (years === null) return title ? "mid" : null;
  return years >= 7 ? "lead" : years >= 4 ? "senior" : years >= 2 ? "mid" : "junior";
}

/** Whether a bracketed part of the sentence ("Power Platform (deseable)") marks its item as preferred. */
function hasPreferredInBrackets(sentence: string): boolean {
  // Each ")" closes what the first "(" after the previous ")" opened; inner brackets add nothing.
  const pieces = sentence.split(")");
  return pieces.slice(0, -1).some((piece) => {
    const open = piece.indexOf("(");
    return open >= 0 && preferredMarker.test(piece.slice(open + 1));
  });
}

function yearsIn(text: string): number | null {
  const match = /(\d{1,2})\s*(?:\+\s*){0,2}(?:years?|yrs?|años|ans|jahre|anos)/i.exec(text);
  return match ? Number(match[1]) : null;
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

// A range with the currency after it ("120,000 - 150,000 USD") starts at the first number of its run of
// digits, commas and dots that could start it (the look-behind): every later one would read the same
// run to its end again and fail the same way.
const salaryPattern =
  /(?:[$€£]\s?\d[\d,.]*\s?[kK]?(?:\s*(?:-|–|to)\s*[$€£]?\s?\d[\d,.]*\s?[kK]?)?(?:\s*(?:per|\/|a)\s*(?:year|yr|hour|hr|annum|month))?|\b(?=\d)(?<!\b\d[\d,.]*?)\d[\d,.]*\s?[kK]?\s*(?:-|–|to)\s*\d[\d,.]*\s?[kK]?\s*(?:USD|EUR|GBP|CAD|INR|PEN|soles)\b|\b(?:USD|EUR|GBP|S\/)\s?\d[\d,.]*(?:\s*(?:-|–)\s*\d[\d,.]*)?)/;
const educationWords =
  /\b(?:bachelor'?s?|master'?s?|ph\.?d|(?:university|college|a|an|four-year)\s+degree|degree\s+(?:in|required)|diploma|licenciatura|bachiller|universitari[oa]|egresad[oa]|diplôme|studium|abschluss|graduação)\b/i;

/** The first sentence or line that names a degree, whole. */
function educationIn(text: string): string | null {
  const match = educationWords.exec(text);
  if (!match) return null;
  const start = Math.max(text.lastIndexOf(".", match.index - 1), text.lastIndexOf("\n", match.index - 1)) + 1;
  const after = match.index + match[0].length;
  const stops = [text.indexOf(".", after), text.indexOf("\n", after)].filter((i) => i >= 0);
  return text.slice(start, stops.length ? Math.min(...stops) : text.length);
}

/**
 * Reads a job posting without any model: stated fields (front matter, JSON, labelled lines), the
 * title and company from the prose, the skills it names (required or "nice to have" from where they
 * stand), years of experience, education, salary and the posting's language.
 */
export function analyzePosting(raw: string): JobAnalysis {
  const { fields, body } = readPostingText(raw);
  const lines = body.split("\n").map((l) => l.trim());
  const required = new Set<string>();
  const preferred = new Set<string>();
  let inPreferredSection = false;
  for (const line of lines) {
    const heading = line.replace(/^[-*•]\s*/, "");
    if (heading.length < 60 && preferredHeading.test(heading)) inPreferredSection = true;
    else if (heading.length < 60 && requiredHeading.test(heading)) inPreferredSection = false;
    // Sentences, so that "familiarity with X is a plus" marks X preferred without marking the rest of the line.
    for (const sentence of line.split(/(?<=[.;!?])\s+/)) {
      // A marker in brackets ("Power Platform (deseable)") is about its own list item only.
      const clauses = hasPreferredInBrackets(sentence) ? sentence.split(/,\s*/) : [sentence];
      for (const clause of clauses) {
        const isPreferred = inPreferredSection || preferredContext.test(clause);
        // In the order the posting names them.
        const found = [...skillMentions(clause)].sort(([, a], [, b]) => a.at - b.at);
        for (const [name] of found) (isPreferred ? preferred : required).add(name);
      }
    }
  }
  for (const skill of required) preferred.delete(skill);
  const title = titleOf(fields, lines);
  return {
    title,
    company: companyOf(fields, lines),
    location:
      fields.location ??
      lines
        .map((l) => /^(?:location|ubicación|lugar de trabajo|lieu|standort|localização)\s*[:：]\s*(.{2,80})$/i.exec(l)?.[1])
        .find(Boolean)
        ?.trim() ??
      (/\bremote\b/i.test(body) ? "Remote" : null),
    employmentType: fields.type ?? /\bpart[- ]time\b/i.exec(body)?.[0] ?? /\bfull[- ]time\b/i.exec(body)?.[0] ?? null,
    seniority: seniorityOf(title, body),
    requiredSkills: [...required],
    preferredSkills: [...preferred],
    yearsOfExperience: yearsIn(body),
    education: educationIn(body)?.trim().slice(0, 200) ?? null,
    salary: salaryPattern.exec(body)?.[0].trim() ?? null,
    language: detectLanguage(body),
  };
}
