// Finds a CV's sections by their headings, in English, Spanish, French, German, Portuguese, Italian, Dutch and Chinese.

export type SectionKind =
  | "summary"
  | "experience"
  | "education"
  | "skills"
  | "projects"
  | "certifications"
  | "languages"
  | "contact"
  | "links"
  | "awards"
  | "publications"
  | "interests"
  | "references"
  | "volunteer"
  | "coursework"
  | "other";

const headings: Record<SectionKind, string[]> = {
  summary: [
    "profilo",
    "profilo professionale",
    "profiel",
    "persoonlijk profiel",
    "perfil profesional",
    "profil professionnel",
    "über mich",
    "kurzprofil",
    "persönliches profil",
    "perfil pessoal",
    "sobre mim",
    "professional background",
    "summary",
    "professional summary",
    "profile",
    "professional profile",
    "about",
    "about me",
    "objective",
    "career objective",
    "overview",
    "perfil",
    "resumen",
    "sobre mí",
    "profil",
    "zusammenfassung",
    "resumo",
    "个人简介",
    "自我评价",
    "个人总结",
    "简介",
    "welcome to rendercv",
    "philosophy",
  ],
  experience: [
    "beruflicher werdegang",
    "werdegang",
    "berufliche erfahrung",
    "berufspraxis",
    "praxiserfahrung",
    "expériences professionnelles",
    "parcours",
    "parcours professionnel",
    "experiencias",
    "experiência profissional",
    "experiências",
    "histórico profissional",
    "esperienza lavorativa",
    "esperienze professionali",
    "esperienza professionale",
    "esperienze lavorative",
    "tirocini",
    "stage e tirocini",
    "esperienza",
    "esperienze",
    "werkervaring",
    "ervaring",
    "工作背景",
    "earlier career",
    "earlier experience",
    "previous experience",
    "career",
    "work",
    "employment experience",
    "work experience and internships",
    "professional history",
    "internships",
    "internship experience",
    "experience",
    "work experience",
    "professional experience",
    "employment",
    "employment history",
    "work history",
    "career history",
    "relevant experience",
    "experiencia",
    "experiencia laboral",
    "experiencia profesional",
    "expérience",
    "expériences",
    "expérience professionnelle",
    "berufserfahrung",
    "experiência",
    "experiência profissional",
    "工作经历",
    "工作经验",
    "实习经历",
    "项目经历与工作经历",
    "on campus involvement",
    "leadership experience",
    "research experience",
  ],
  education: [
    "schulbildung",
    "schulische ausbildung",
    "studium",
    "bildungsweg",
    "aus und weiterbildung",
    "formations",
    "diplômes",
    "études",
    "formation académique",
    "estudios",
    "formación profesional",
    "formação acadêmica",
    "formação académica",
    "istruzione",
    "formazione",
    "istruzione e formazione",
    "opleiding",
    "opleidingen",
    "training",
    "professional training",
    "qualifications and training",
    "qualifications",
    "academic qualifications",
    "education & qualifications",
    "education and qualifications",
    "educational background",
    "academic history",
    "education",
    "academic background",
    "academics",
    "education and training",
    "educación",
    "formación",
    "formación académica",
    "formation",
    "ausbildung",
    "bildung",
    "formação",
    "educação",
    "教育背景",
    "教育经历",
    "教育",
    "学历",
  ],
  skills: [
    "clinical skills",
    "fachkenntnisse",
    "edv kenntnisse",
    "it kenntnisse",
    "kompetenzen",
    "compétences techniques",
    "compétences clés",
    "savoir faire",
    "aptitudes",
    "habilidades técnicas",
    "competencias técnicas",
    "conhecimentos",
    "habilidades e competências",
    "competenze",
    "competenze tecniche",
    "conoscenze informatiche",
    "competenze informatiche",
    "competenze digitali",
    "vaardigheden",
    "programming languages",
    "professional skills",
    "soft skills",
    "hard skills",
    "technical competencies",
    "key competencies",
    "tools & technologies",
    "skills",
    "technical skills",
    "key skills",
    "core skills",
    "core competencies",
    "competencies",
    "skills & tools",
    "skills and tools",
    "technologies",
    "tech stack",
    "tools",
    "expertise",
    "areas of expertise",
    "strengths",
    "habilidades",
    "conocimientos",
    "competencias",
    "conocimientos de computación",
    "compétences",
    "kenntnisse",
    "fähigkeiten",
    "competências",
    "技能",
    "专业技能",
    "技术栈",
    "技能特长",
    "computer skills",
    "programming",
  ],
  projects: [
    "technical experience",
    "open source",
    "open source contributions",
    "projetos",
    "projects",
    "progetti",
    "projecten",
    "personal projects",
    "selected projects",
    "side projects",
    "proyectos",
    "projets",
    "projekte",
    "projetos",
    "项目经历",
    "项目经验",
  ],
  certifications: [
    "professional registration",
    "professional registrations",
    "registrations",
    "accreditations",
    "zertifizierungen",
    "weiterbildung",
    "weiterbildungen",
    "fortbildungen",
    "certificats",
    "certifications professionnelles",
    "certificações",
    "licences",
    "certifications",
    "certificates",
    "certification",
    "licenses",
    "licenses & certifications",
    "licenses and certifications",
    "certificazioni",
    "certificaten",
    "certificaciones",
    "zertifikate",
    "证书",
  ],
  languages: [
    "sprachkenntnisse",
    "fremdsprachen",
    "lingue",
    "conoscenze linguistiche",
    "competenze linguistiche",
    "talen",
    "línguas",
    "linguas",
    "idiomas e línguas",
    "langues étrangères",
    "languages spoken",
    "spoken languages",
    "languages",
    "language skills",
    "idiomas",
    "langues",
    "sprachen",
    "línguas",
    "语言",
    "语言能力",
  ],
  contact: [
    "persönliche daten",
    "persönliche angaben",
    "kontaktdaten",
    "angaben zur person",
    "coordonnées",
    "informations personnelles",
    "état civil",
    "datos personales",
    "información personal",
    "datos de contacto",
    "dados pessoais",
    "informações pessoais",
    "dati personali",
    "informazioni personali",
    "persoonlijke gegevens",
    "personal data",
    "contact details",
    "details",
    "contact",
    "contact information",
    "personal information",
    "personal details",
    "contacto",
    "kontakt",
    "个人信息",
    "联系方式",
  ],
  links: ["links", "online", "profiles", "social"],
  awards: [
    "auszeichnungen",
    "distinctions",
    "prix",
    "prémios",
    "awards",
    "honors",
    "honours",
    "honors/awards",
    "honors & awards",
    "achievements",
    "premios",
    "获奖经历",
    "荣誉",
  ],
  publications: ["publications", "papers", "publicaciones"],
  interests: [
    "interessen",
    "hobbys",
    "freizeit",
    "centres d’intérêt",
    "centres dintérêt",
    "loisirs",
    "aficiones",
    "passatempos",
    "interests",
    "hobbies",
    "intereses",
    "兴趣爱好",
    "interessi",
    "hobby",
    "interesses",
  ],
  references: ["referenzen", "références", "references", "referees", "referencias", "referenze", "referenties"],
  volunteer: [
    "ehrenamt",
    "ehrenamtliches engagement",
    "volontariato",
    "vrijwilligerswerk",
    "bénévolat",
    "voluntariado",
    "volunteering & leadership",
    "volunteer",
    "volunteer experience",
    "volunteering",
    "voluntariado",
  ],
  // Catch-all sections: named so that the section before them ends there.
  other: [
    "other",
    "miscellaneous",
    "additional information",
    "misceláneo",
    "misceláneos",
    "otros",
    "información adicional",
    "sonstiges",
    "weitere angaben",
    "divers",
    "informations complémentaires",
    "outros",
    "其他",
    "其它",
  ],
  coursework: ["coursework", "relevant coursework", "courses"],
};

const lookup = new Map<string, SectionKind>(Object.entries(headings).flatMap(([kind, names]) => names.map((n) => [n, kind as SectionKind])));

/**
 * Letter-spaced headings ("E D U C A T I O N", or "E D U C AT I O N" when the PDF splits the word into
 * pieces) read as words: a line made only of one- and two-letter pieces is one word per wider gap.
 */
function withoutLetterSpacing(line: string): string {
  const pieces = line.trim().split(/ +/);
  if (pieces.length < 4 || pieces.some((p) => p.length > 2)) return line;
  return line
    .trim()
    .split(/ {2,}/)
    .map((word) => word.replace(/ /g, ""))
    .join(" ");
}

/** Reduces a line to what a heading compares on: no decoration, no punctuation, lower case. */
function headingKey(line: string): string {
  return withoutLetterSpacing(line)
    .toLowerCase()
    .replace(/[–—\-_=•·|:#*]+/g, " ")
    .replace(/[^\p{L}\p{N}&/ ]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The section a line heads, or null when it is not a heading (a sentence, which ends with a full stop, never is). */
export function headingKind(line: string): SectionKind | null {
  const trimmed = line.trimEnd();
  if (trimmed.endsWith(".") && !trimmed.endsWith("..")) return null;
  const key = headingKey(line);
  if (!key || key.split(" ").length > 5) return null;
  return lookup.get(key) ?? compoundKind(key);
}

// The sections whose content the parser reads most from, first: a compound heading naming one of them is that section.
const compoundPrecedence: SectionKind[] = ["experience", "education", "skills"];

/**
 * "Skills & Awards", "Licences & Skills", "Opleiding en cursussen": a compound heading is read by its first part,
 * or, when every part is a heading word, by the part naming the section read most from.
 */
function compoundKind(key: string): SectionKind | null {
  const kinds = key.split(/ (?:&|and|y|et|und|e|en|ed) |\//).map((part) => lookup.get(part.trim()) ?? null);
  const first = kinds[0] ?? null;
  if (!first || kinds.length < 2 || kinds.includes(null)) return first;
  return compoundPrecedence.find((kind) => kinds.includes(kind)) ?? first;
}

export type Section = { kind: SectionKind; heading: string | null; start: number; end: number };

/** Splits the lines into sections; what comes before the first heading is the "contact" header. */
export function findSections(lines: string[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { kind: "contact", heading: null, start: 0, end: lines.length };
  lines.forEach((line, index) => {
    const kind = headingKind(line);
    if (!kind) return;
    current.end = index;
    sections.push(current);
    current = { kind, heading: line, start: index + 1, end: lines.length };
  });
  sections.push(current);
  return sections.filter((s) => s.end > s.start || s.heading);
}

export function linesOf(lines: string[], kind: SectionKind, sections: Section[]): { line: string; index: number }[] {
  return sections.filter((s) => s.kind === kind).flatMap((s) => lines.slice(s.start, s.end).map((line, i) => ({ line, index: s.start + i })));
}
