import type { CvMap } from "@/lib/chat/offline/cv-map";
import { degreeLevelOf } from "@/lib/chat/offline/education-answer";
import { isHeadingLine } from "@/lib/chat/offline/evidence";
import { findSections, headingKind } from "@/lib/cv/parse/sections";
import { saysAny, wordList, wordsFor } from "@/lib/chat/offline/words";

// Credentials a parser seldom files as certifications: a licence under "Qualifications", tickets
// under "Training & Tickets", a certificate among the degrees, a registration number in the header.
// Each is found as a line, by the section it sits in or by the noun it uses.

/** Nouns that name a credential, in the languages the chat reads. */
export const credentialNouns = wordList(`certificate* certified certification* licence* license* licensed nvq nvqs svq btec diploma diplomas
  registration registered register permit permits card cards ticket tickets accredit* chartered qualification* qualified award awards
  certificado* certificacion* titulo carnet licencia* permiso* certificat* attestation* permis habilitation* brevet*
  zertifi* lizenz* nachweis* bescheinigung* approbation fuhrerschein* certificacao carteira habilitacao`);

// German compounds end in the noun: "Staplerschein", "Erste-Hilfe-Zertifikat".
const compoundEnding = /(?:schein|zertifikat)$/u;
export const endsInCredential = (word: string) => compoundEnding.test(word);

/** Whether a text names a credential by one of its nouns. */
export const namesCredential = (text: string) => {
  const words = wordsFor(text);
  return saysAny(words, credentialNouns) || words.list.some(endsInCredential);
};

// Headings under which every line is a credential: "Qualifications", "Training & Tickets", "Courses".
const credentialHeading = wordList(`qualification* certific* licen* ticket* training* course* accreditation* credential* award*
  zertifi* weiterbildung* fortbildung* schulung* lizenz* nachweis* kurse
  certificado* certificacion* cursos capacitacion* certificat* habilitation* formations stages`);

// Sections that hold the work history or the person's story, whose lines are not credentials.
const notCredentialSections = new Set(["experience", "summary", "skills", "languages", "interests", "projects", "publications"]);

// "Languages: Portuguese, English" under "Qualifications" is another field, labelled.
const labelled = (text: string) => {
  const label = text.split(":")[0]!;
  return text.includes(":") && label.length < 30 && headingKind(label) !== null && !namesCredential(label);
};

/**
 * The lines that name a credential. The header's lines count only when `withHeader`: a registration
 * number there answers "is she registered?", not "which certificates does she hold?".
 */
export function credentialLines(map: CvMap, withHeader: boolean): number[] {
  const found: number[] = [];
  for (const section of findSections(map.lines)) {
    if (notCredentialSections.has(section.kind)) continue;
    if (section.kind === "contact" && !withHeader) continue;
    const allAre = section.kind === "certifications" || (section.heading !== null && saysAny(wordsFor(section.heading), credentialHeading));
    for (let line = section.start + 1; line <= section.end; line++) {
      const text = map.lines[line - 1]!;
      if (map.excluded.has(line) || headingKind(text) || !/\p{L}{2}/u.test(text) || labelled(text)) continue;
      if (map.jobs.some((j) => line >= j.first && line <= j.last) && isHeadingLine(map, line)) continue;
      // A degree under "Qualifications" is education, unless it names itself a certificate.
      if (namesCredential(text) || (allAre && degreeLevelOf(text) === degreeLevelOf(""))) found.push(line);
    }
  }
  return found;
}
