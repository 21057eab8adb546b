import { charClass, trimEndWhere } from "@/lib/text/trim";

// The education a posting asks for: the line that names a degree or course of study, its level
// and the fields it accepts ("Bachelor's degree in Accounting, Finance or Engineering").

export type EducationLevel = "secondary" | "vocational" | "associate" | "bachelor" | "master" | "doctorate";

const levels: [RegExp, EducationLevel][] = [
  [/(?<![\p{L}\p{N}])(?:ph\.?\s?d|doctorate|doctoral|doctorado|doctorat|doutorado)(?![\p{L}\p{N}])/iu, "doctorate"],
  [/(?<![\p{L}\p{N}])(?:m[áa]ster'?s?|m\.?sc|mba|m\.?a\.|m\.?eng|postgraduate|graduate degree|maestr[íi]a|mestrado|bac\s?\+\s?5)(?![\p{L}\p{N}])/iu, "master"],
  [
    /(?<![\p{L}\p{N}])(?:bachelor'?s?|b\.?sc|b\.?s\.|b\.?a\.|b\.?eng|bsn|undergraduate|(?:university|college|four-year|4-year) degree|licenciatura|licenciad[oa]|grado universitario|grado en|bachiller universitario|t[íi]tulo universitario|bac\s?\+\s?3|hochschulabschluss|bachelorabschluss|studium|gradua[çc][ãa]o|ensino superior)(?![\p{L}\p{N}])/iu,
    "bachelor",
  ],
  [/(?<![\p{L}\p{N}])(?:associate'?s? degree|associate of|two-year degree|2-year degree|hnd|t[ée]cnico superior|bts|dut)(?![\p{L}\p{N}])/iu, "associate"],
  [
    /(?<![\p{L}\p{N}])(?:vocational|apprenticeship|trade school|nvq|btec|city (?:&|and) guilds|formaci[óo]n profesional|ausbildung|curso t[ée]cnico)(?![\p{L}\p{N}])/iu,
    "vocational",
  ],
  [
    /(?<![\p{L}\p{N}])(?:high school|secondary school|ged|gcses?|a-levels?|bachillerato|secundaria|baccalaur[ée]at|abitur|ensino m[ée]dio)(?![\p{L}\p{N}])/iu,
    "secondary",
  ],
];
/** A line about a degree or studies at all, including one that names no level ("Nursing degree"). */
const studies =
  /(?<![\p{L}\p{N}])(?:degree(?! of\b)|diploma|bachelor'?s?|master'?s?|ph\.?\s?d|mba|graduate|licenciatura|bachiller|universitari[oa]|egresad[oa]|titulad[oa]|estudiante|carreras?|dipl[ôo]m[ée]|[ée]tudiant|studium|abschluss|ausbildung|gradua[çc][ãa]o|forma[çc][ãa]o superior|high school|ged|bac ?\+ ?\d|nvq|btec|hnd|hnc|apprenticeship|vocational qualification|city (?:&|and) guilds|grado en|titulaci[óo]n|bacharelado|licenciado|licenciada)(?![\p{L}\p{N}])/iu;
const noDegree = /(?<![\p{L}\p{N}])(?:no degree|degree not required|sin t[íi]tulo|pas de dipl[ôo]me)(?![\p{L}\p{N}])/iu;

export function educationLevel(line: string): EducationLevel | null {
  return levels.find(([pattern]) => pattern.test(line))?.[1] ?? null;
}

export const namesStudies = (line: string) => studies.test(line) && !noDegree.test(line);

const studentWord = /(?<![\p{L}\p{N}])(?:student|estudiante|[ée]tudiant|studierende|egresad[oa]|graduate|titulad[oa])(?![\p{L}\p{N}])/iu;

/**
 * Whether a line asks for studies: any line naming them where the posting states requirements, and
 * elsewhere only one that names a level or a student ("Hospital Universitario" asks for nothing).
 */
export const asksForStudies = (line: string, inRequirements: boolean) =>
  namesStudies(line) && (inRequirements || educationLevel(line) !== null || studentWord.test(line));

const degreeWord =
  /(?<![\p{L}\p{N}])(?:degree|diploma|certificate|nvq|btec|hnd|hnc|studies|bachelor'?s?|master'?s?|ph\.?\s?d|carreras?|t[íi]tulo|licenciatura|grado|dipl[ôo]me|abschluss|studium|gradua[çc][ãa]o)(?![\p{L}\p{N}])/iu;
const fieldOpener = / (?:in|en|de|of|em|im|der|des|do|da) /iu;
const fieldEnd = charClass(/[.;:\s]/u);

/** The fields a degree line accepts: "in Accounting, Finance or Engineering" gives the three. */
export function educationFields(written: string): string[] {
  const line = written.replace(/\s+/gu, " ");
  const degree = degreeWord.exec(line);
  if (!degree) return [];
  const rest = line.slice(degree.index + degree[0].length);
  const opener = fieldOpener.exec(rest);
  // The field follows the degree closely ("degree in X", "carreras de X"), not somewhere later.
  if (!opener || opener.index > 20) return [];
  const list = rest
    .slice(opener.index + opener[0].length)
    .split(/ (?:or|o|ou|oder) (?:an? )?(?:equivalent|related|similar|afines?|équivalent|vergleichbar)(?![\p{L}\p{N}])/iu)[0]!;
  return list
    .split(/,|(?<= )(?:or|and|o|y|ou|et|oder|und|e) /iu)
    .map((f) => trimEndWhere(f.trim().replace(/^(?:a|an|the|la|las|el|los|de) /iu, ""), fieldEnd))
    .filter(
      (f) => f.length > 1 && f.split(/\s+/u).length <= 5 && !/(?<![\p{L}\p{N}])(?:related|equivalent|similar|field|afines?|etc)(?![\p{L}\p{N}])/iu.test(f),
    );
}
