import { sourced, type Sourced } from "@/lib/cv/profile";
import { findPhone } from "@/lib/cv/parse/contact";
import { isCredential, withoutTrailingCredentials } from "@/lib/cv/parse/credentials";
import { findSections, headingKind, type Section, type SectionKind } from "@/lib/cv/parse/sections";

// Words that are never part of a person's name: document titles, headings, job titles, skills, driving and
// trade licences ("Driver CPC", "Category C licence") and organisation words, in the languages the parser reads. A line holding one is not the name line.
const notNameWords = new Set(
  (
    "resume résumé curriculum vitae cv lebenslauf biodata welcome updated key core selected additional achievements highlights " +
    "accomplishments activities training courses qualifications employment history career overview about portfolio publications " +
    "profile profil perfil summary objective experience education skills skill competencies competences registration " +
    "information informations personal personnelles persönliche personales daten datos dados details contact address email phone mobile " +
    "references languages projects certifications awards interests hobbies professional profesional professionnel professionnelle " +
    "markets market financial finance clinical technical management manager engineer engineering developer development analyst " +
    "designer specialist consultant scientist intern director lead architect officer assistant coordinator nurse teacher technician " +
    "operative executive president head chef cheffe student graduate university college school institute academy inc ltd llc gmbh " +
    "company corporation group services solutions systems software web data science digital asset assets strategy technology " +
    "technologies tools sales marketing operations product project program business customer service support health care safety " +
    "quality research design team leadership communication native fluent expert advanced intermediate " +
    "beginner driver drivers licence license licences licenses cpc class category certificate certified forklift tachograph street road avenue drive suite city county valley state united kingdom states republic new " +
    "técnica técnico recursos humanos ingeniero ingeniera desarrollador gerente jefe jefa directora responsable asistente auxiliar " +
    "enfermera enfermero maestra maestro profesor profesora consultora analista cuisinier cuisinière ingénieur développeur chargé chargée " +
    "technicien technicienne infirmière infirmier elektroniker ingenieur entwickler leiter leiterin kaufmann kauffrau berater beraterin " +
    "meister geselle mitarbeiter sachbearbeiter pflegefachkraft association international hospital clinic bank department unit fundamentals"
  ).split(" "),
);

// Lower-case particles between the capitalised words of a name: "Castillo de la Peña", "van der Berg".
const particles = new Set("de la del della der den des di da das do dos du van von ten ter le el al bin binti ibn y e zu".split(" "));

// Titles before a name, which the name itself leaves out.
const titles = /^(?:dr|prof|mr|mrs|ms|miss|mx|herr|frau|mme|mlle|sr|sra|ing|dipl)\.?$/i;

const nameLabel = /^(?:full name|name|vor- und nachname|nombre(?: completo)?|nom(?: complet)?|nome(?: completo)?|姓名)(?:\s*[:：]\s*| {2,})(\S.*)$/iu;
// A form that asks for the given name and the family name apart: "Vorname: Jürgen" and "Nachname: Weiß".
const givenNameLabel = /^(?:first name|given name|forename|vorname|prénom|nombre|nome)(?:\s*[:：]\s*| {2,})(\S.*)$/iu;
const familyNameLabel =
  /^(?:last name|surname|family name|nachname|familienname|name|nom de famille|nom|apellidos?|sobrenome|apelido)(?:\s*[:：]\s*| {2,})(\S.*)$/iu;
const capitalised = /^(?:\p{Lu}|(?:al|el|d|l|o)['’-]\p{Lu})[\p{L}'’.-]*$/u;
// "Dayton, OH", "Leeds, UK", "Mapo-gu, Seoul, …": a place ends at its one-word region (a job title after a comma has two words).
const locationPair = /^\p{Lu}[\p{L}.' -]*, ?\p{Lu}\p{L}+(?:,|\s\d|$)/u;

const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}]/gu, "");

/** Capitalises each part of an all-capitals name: "KEIRA O’DONNELL" → "Keira O’Donnell", "MCALLISTER" → "McAllister". */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/\bMc(\p{L})/gu, (_, c: string) => `Mc${c.toUpperCase()}`)
    .replace(/(?<=\s)(De|La|Del|Van|Von|Der|Da|Di|Du|Le)(?=\s)/g, (p: string) => p.toLowerCase());
}

/** The words of a segment without a title before them or credentials after them ("Dr … CEng MICE", "…, RN, BSN"). */
function withoutTitlesAndCredentials(segment: string): string[] {
  const words = withoutTrailingCredentials(segment);
  while (words.length && titles.test(words[0]!)) words.shift();
  return words;
}

/** The name a segment of a line holds, or null: 2–4 capitalised words with particles between them, or a CJK name. */
export function nameIn(segment: string): string | null {
  const text = segment.trim();
  if (/^[\p{Script=Han}]{2,4}(?: [\p{Script=Han}]{1,3})?$/u.test(text)) return text;
  if (/\d|@|:/.test(text) || headingKind(text)) return null;
  const words = withoutTitlesAndCredentials(text);
  // A heading run into the name ("Personal Information John Doe") is dropped from the front.
  while (words.length > 2 && notNameWords.has(bare(words[0]!))) words.shift();
  // "Curriculum Vitae of John Smith": the word joining title and name goes with the title.
  if (words.length > 2 && /^(?:of|de|von|di|du)$/i.test(words[0]!) && capitalised.test(words[1]!)) words.shift();
  const capitals = words.filter((w) => capitalised.test(w)).length;
  if (capitals < 2 || capitals > 5 || words.length > 8) return null;
  const shapeOk = words.every((w, i) => capitalised.test(w) || (i > 0 && i < words.length - 1 && particles.has(w)));
  if (!shapeOk || words.some((w) => notNameWords.has(bare(w)))) return null;
  const name = words.join(" ");
  return name === name.toUpperCase() ? titleCase(name) : name;
}

const letters = (s: string) =>
  withoutTitlesAndCredentials(s)
    .join(" ")
    .replace(/[^\p{L}]/gu, "")
    .toLowerCase();

/** "Siobhan McAllister-Grant, RN, BSN" → "Siobhan McAllister-Grant": the comma-separated credentials dropped. */
function withoutCredentialPieces(segment: string): string {
  const pieces = segment.split(",").map((p) => p.trim());
  const allCredentials = (piece: string) => piece.split(/\s+/).every((w) => isCredential(w, { afterComma: true }));
  while (pieces.length > 1 && allCredentials(pieces.at(-1)!)) pieces.pop();
  return pieces.join(", ");
}

const looksLikeContact = (line: string) => line.includes("@") || findPhone([line]) !== null;

const sectionPenalty: Partial<Record<SectionKind, number>> = { references: 4, experience: 1, education: 1, projects: 1, volunteer: 1 };

const maxLinesRead = 150;
const footerLines = 20;

type Candidate = { name: string; line: string; score: number };

/**
 * The person's name. Every line is a candidate, since a sidebar or a summary can come first in the
 * text: a labelled "Name:" value wins; otherwise a line that is only the name, near the email or phone,
 * early in the document and outside the references reads most like one.
 */
export function findName(lines: string[], sections: Section[] = findSections(lines)): Sourced | null {
  const sectionOf = new Map<number, SectionKind>();
  const all = lines.map((line, index) => ({ line, index })).filter((l) => l.line.trim());
  // A name sits near the top, or in a footer: the lines in between are not read, however many there are.
  const filled = all.length > maxLinesRead + footerLines ? [...all.slice(0, maxLinesRead), ...all.slice(-footerLines)] : all;
  // Both lists run in document order: one walk through the sections places every line read.
  let at = 0;
  for (const { index } of filled) {
    while (at < sections.length && sections[at]!.end <= index) at++;
    const section = sections[at];
    if (section && section.start <= index) sectionOf.set(index, section.kind);
  }
  // Contact lines counted up to each position, so "is there one within four lines" is one subtraction.
  const contactsBefore = [0];
  for (const { line } of filled) contactsBefore.push(contactsBefore.at(-1)! + (looksLikeContact(line) ? 1 : 0));
  const contactsAround = (position: number, distance: number) =>
    contactsBefore[Math.min(filled.length, position + distance + 1)]! -
    contactsBefore[Math.max(0, position - distance)]! -
    (contactsBefore[position + 1]! - contactsBefore[position]!);

  let best: Candidate | null = null;
  let given: { name: string; line: string } | null = null;
  filled.forEach(({ line, index }, position) => {
    const givenValue = givenNameLabel.exec(line.trim())?.[1];
    if (givenValue && /^\p{Lu}[\p{L}'’ -]*$/u.test(givenValue.trim())) {
      given = { name: givenValue.trim(), line };
      // "Nombre: María José Castillo" may be the whole name: it stands unless a family name follows.
      const whole = nameIn(givenValue);
      if (whole && (!best || best.score < 9)) best = { name: whole, line, score: 9 };
      return;
    }
    const familyValue = familyNameLabel.exec(line.trim())?.[1];
    const earlier = given as { name: string; line: string } | null;
    if (familyValue && earlier && /^\p{Lu}[\p{L}'’ -]*$/u.test(familyValue.trim())) {
      best = { name: `${earlier.name} ${familyValue.trim()}`, line: `${earlier.line}\n${line}`, score: 10 };
      return;
    }
    const labelled = nameLabel.exec(line.trim());
    if (labelled) {
      const name = nameIn(labelled[1]!.split(/ {2,}/)[0]!);
      if (name && (!best || best.score < 10)) best = { name, line, score: 10 };
      return;
    }
    // Each piece of the line, and the part of a piece before its first comma ("Jane Doe, Software Engineer"),
    // unless the piece is a place ("La Verne, CA").
    // A header line holds a handful of pieces: a line split into thousands (a run of tabs) is read for its first few.
    const pieces = line
      .split(/ {3,}|\s[|•·–]\s|\t/)
      .filter((p) => p.trim())
      .slice(0, 12)
      .filter((p) => !locationPair.test(withoutCredentialPieces(p)))
      .flatMap((p) => (p.includes(",") ? [p, p.slice(0, p.indexOf(","))] : [p]));
    for (const segment of pieces) {
      const name = nameIn(segment);
      if (!name) continue;
      let score = (position === 0 ? 2 : 1) - Math.min(position, 75) * 0.02 - (sectionPenalty[sectionOf.get(index) ?? "other"] ?? 0);
      if (letters(line) === letters(name)) score += 2;
      else if (letters(segment) === letters(name)) score += 1;
      if (contactsAround(position, 2) > 0) score += 1.5;
      else if (contactsAround(position, 4) > 0) score += 1;
      if (!best || score > best.score) best = { name, line, score };
    }
  });
  const found = best as Candidate | null;
  if (!found || found.score <= 0) return null;
  return sourced(found.name, found.line, found.score >= 3 ? 0.9 : 0.7);
}
