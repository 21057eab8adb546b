// Finds a CV's sections by their headings, in English, Spanish, French, German, Portuguese and Chinese.

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

const headings: Record<Exclude<SectionKind, "other">, string[]> = {
  summary: [
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
  projects: ["projects", "personal projects", "selected projects", "side projects", "proyectos", "projets", "projekte", "projetos", "项目经历", "项目经验"],
  certifications: [
    "certifications",
    "certificates",
    "certification",
    "licenses",
    "licenses & certifications",
    "licenses and certifications",
    "certificaciones",
    "zertifikate",
    "证书",
  ],
  languages: ["languages", "language skills", "idiomas", "langues", "sprachen", "línguas", "语言", "语言能力"],
  contact: ["contact", "contact information", "personal information", "personal details", "contacto", "kontakt", "个人信息", "联系方式"],
  links: ["links", "online", "profiles", "social"],
  awards: ["awards", "honors", "honours", "honors/awards", "honors & awards", "achievements", "premios", "获奖经历", "荣誉"],
  publications: ["publications", "papers", "publicaciones"],
  interests: ["interests", "hobbies", "intereses", "兴趣爱好"],
  references: ["references", "referees", "referencias"],
  volunteer: ["volunteer", "volunteer experience", "volunteering", "voluntariado"],
  coursework: ["coursework", "relevant coursework", "courses"],
};

const lookup = new Map<string, SectionKind>(Object.entries(headings).flatMap(([kind, names]) => names.map((n) => [n, kind as SectionKind])));

/** Reduces a line to what a heading compares on: no decoration, no punctuation, lower case. */
function headingKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/[–—\-_=•·|:#*]+/g, " ")
    .replace(/[^\p{L}\p{N}&/ ]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The section a line heads, or null when it is not a heading. */
export function headingKind(line: string): SectionKind | null {
  const key = headingKey(line);
  if (!key || key.split(" ").length > 5) return null;
  // "Skills & Awards", "Education and Training": a compound heading is read by its first part.
  return lookup.get(key) ?? lookup.get(key.split(/ (?:&|and|y|et|und|e) |\//)[0]!.trim()) ?? null;
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
