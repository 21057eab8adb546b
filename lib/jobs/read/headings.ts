import { eligibility } from "@/lib/jobs/read/markers";

// Section headings of a posting in English, Spanish, French, German and Portuguese, and what kind of
// section each opens: what the candidate needs, what would be welcome, the duties, or something
// else (pay, benefits, the employer, how to apply).

export type SectionKind = "required" | "preferred" | "duties" | "other";

const preferredTerms =
  /(?<![\p{L}\p{N}])(?:preferred|preferable|nice[- ]to[- ]haves?|bonus(?: points)?|pluses|a plus|desirable|desired|deseables?|valorables?|se valorar[áa]|valoramos|atouts?|un plus|souhait[ée]s?|w[üu]nschenswert|von vorteil|diferenciais|desej[áa]veis|desej[áa]vel|optional|ideally)(?![\p{L}\p{N}])/iu;
// Words that name what a candidate needs. The general ones ("skills", "experience") name a section
// only as a whole heading ("Skills:", "Experience and education"): in a longer line they are an item.
const strongRequiredTerms =
  /(?<![\p{L}\p{N}])(?:requirements?|requisites?|prerequisites?|qualifications?|must[- ]haves?|who you are|about you|(?:the )?(?:successful|ideal) candidates? (?:will|should|must)(?: have| be)?|candidates? (?:should|must) have|you(?:'ll| will) (?:need|have|bring)|you should be|you must (?:have|be)|we(?:'re| are) looking for (?:someone|a candidate|candidates)|your profile|profil recherch[ée]|votre profil|ihr profil|dein profil|perfil (?:requerido|buscado|deseado|del candidato)|perfil desejado|your background|what you(?:'ll| will)? (?:need|bring|have)|what we(?:'re| are) looking for|what we need|you have|you bring|you should have|requisitos?|requerimientos|qu[ée] buscamos|lo que buscamos|debes|dominas|exigences|comp[ée]tences|anforderungen|qualifikation(?:en)?|mitbringen|voraussetzungen|qualifica[çc][õo]es|forma[çc][ãa]o)(?![\p{L}\p{N}])/iu;
const generalRequiredTerms =
  /(?<![\p{L}\p{N}])(?:skills|competenc(?:y|ies)|experience|education|perfil|formaci[óo]n|buscamos|profil|formation|kenntnisse)(?![\p{L}\p{N}])/iu;
const requiredTerms = { test: (text: string) => strongRequiredTerms.test(text) || generalRequiredTerms.test(text) };
const dutyTerms =
  /(?<![\p{L}\p{N}])(?:responsibilit(?:y|ies)|duties|what you(?:'ll| will) do|what you(?:'ll| will) be doing|key objectives?|objectives|the role|your role|role summary|about the (?:role|job|position)|day[- ]to[- ]day|tasks|your mission|overview|job summary|job description|description|position summary|responsabilidades|funciones|tareas|misi[óo]n|missions?|aufgaben|t[äa]tigkeiten|atividades|atribui[çc][õo]es)(?![\p{L}\p{N}])/iu;
const otherTerms =
  /(?<![\p{L}\p{N}])(?:benefits?|perks|what we offer|we offer|compensation|salary|pay|schedule|location|who may apply|about us|who we are|how to apply|application|evaluation|equal opportunity|ofrecemos|sueldo|horario|avantages|nous offrons|r[ée]mun[ée]ration|wir bieten|gehalt|benef[íi]cios|oferecemos|sal[áa]rio)(?![\p{L}\p{N}])/iu;
// "About Acme" opens a section on the employer; "About you" asks for the candidate.
const aboutEmployer = /^about (?!you\b)/iu;

/** An enumerated heading ("(A) Skills:", "b) Pay") subdivides the section it stands in. */
export const enumerated = /^(?:\(?[a-zA-Z]\)|\(?\d{1,2}\)|[ivx]{1,4}\.)\s*/u;

/** What kind of section a heading's words open, or null when they name none we know. */
export function headingKind(heading: string): SectionKind | null {
  const text = heading.trim();
  // "Travel requirement", "Security clearance": conditions of the job, not what the candidate knows.
  if (eligibility.test(text)) return "other";
  if (preferredTerms.test(text)) return "preferred";
  if (aboutEmployer.test(text)) return /(?<![\p{L}\p{N}])(?:role|job|position)(?![\p{L}\p{N}])/iu.test(text) ? "duties" : "other";
  if (otherTerms.test(text) && !requiredTerms.test(text)) return "other";
  if (requiredTerms.test(text)) return "required";
  if (dutyTerms.test(text)) return "duties";
  if (otherTerms.test(text)) return "other";
  return null;
}

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;
// A heading made of general words alone.
const bareSectionNames =
  /^(?:(?:key|core|required|technical|professional|your|the)\s+)?(?:skills|experience|education|competencies|formaci[óo]n|formation|kenntnisse|perfil|profil)(?:\s+(?:and|&|y|et|und|e)\s+(?:skills|experience|education|qualifications))?$/iu;

/**
 * A line read as a heading: the whole line ("Minimum qualifications:", "Who You Are"), or the words
 * before a colon with the section's first text after it ("Requirements: 4+ years of …"). Null for a
 * line that is no heading we know.
 */
export function readHeading(line: string): { kind: SectionKind; rest: string; enumerated: boolean } | null {
  const text = line.trim().replace(/[’‘]/gu, "'");
  const colon = text.indexOf(":");
  const head = colon > 0 ? text.slice(0, colon).trim() : text;
  const rest = colon > 0 ? text.slice(colon + 1).trim() : "";
  if (!head || wordCount(head) > 7) return null;
  const isEnumerated = enumerated.test(head);
  const words = head.replace(enumerated, "");
  if (colon < 0) {
    // Without a colon, only a short line that is no sentence and marks nothing in brackets.
    if (wordCount(words) > 4 || /[.,;!?…]$/u.test(words) || words.includes("(")) return null;
    // "Preferred qualifications" opens a section; "Master's degree preferred" is an item marked in place.
    if (headingKind(words) === "preferred" && preferredTerms.exec(words)?.index !== 0) return null;
  }
  const kind = headingKind(words);
  if (kind === "required" && !bareSectionNames.test(words.trim()) && !strongRequiredTerms.test(words)) return null;
  return kind ? { kind, rest, enumerated: isEnumerated } : null;
}
