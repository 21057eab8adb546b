import type { Seniority } from "@/lib/jobs/analysis-schema";

// The level a posting states with a level word, in its title or a labelled line ("Experience:
// Mid-level", "Nivel: Senior"). Nothing is inferred from years or pay grades: a posting that names no
// level has none. A "Manager" leads people only when the posting names reports.

const levels: [RegExp, Seniority][] = [
  [
    /(?<![\p{L}\p{N}])(?:intern|internship|practicante|pr[áa]cticas|becari[oa]|stagiaire|praktikant(?:in)?|praktikum|estagi[áa]ri[oa]|est[áa]gio|werkstudent(?:in)?)(?![\p{L}\p{N}])/iu,
    "intern",
  ],
  [
    /(?<![\p{L}\p{N}])(?:chief|c[eot]o|vp|svp|evp|vice[- ]president|director|directora|directeur|directrice|direktor(?:in)?|diretor|head of)(?![\p{L}\p{N}])/iu,
    "executive",
  ],
  [
    /(?<![\p{L}\p{N}])(?:lead|principal|staff engineer|team lead|tech lead|l[ií]der|jefe de equipo|chef d'[ée]quipe|teamleiter(?:in)?|leiter(?:in)?)(?![\p{L}\p{N}])/iu,
    "lead",
  ],
  [/(?<![\p{L}\p{N}])(?:sr\.?|s[êe]nior|confirm[ée]e?|erfahrene?r?)(?![\p{L}\p{N}])/iu, "senior"],
  [/(?<![\p{L}\p{N}])(?:mid[- ]level|mid[- ]senior|intermediate|semi[- ]?senior|ssr|pleno|intermedio)(?![\p{L}\p{N}])/iu, "mid"],
  [
    /(?<![\p{L}\p{N}])(?:jr\.?|j[úu]nior|entry[- ]level|associate(?= \p{L})|graduate|trainee|d[ée]butant(?:e)?|berufseinsteiger(?:in)?|einsteiger)(?![\p{L}\p{N}])/iu,
    "junior",
  ],
];
const manager = /(?<![\p{L}\p{N}])(?:manager|gerente|responsable|leiter)(?![\p{L}\p{N}])/iu;
const reports =
  /(?<![\p{L}\p{N}])(?:direct reports?|manage (?:a|the) team|managing (?:a|the) team|lead (?:a|the) team of|leading a team|people management|line management|supervis(?:e|ing) (?:a|the)? ?(?:team|staff))(?![\p{L}\p{N}])/iu;
const levelLabel = /^(?:seniority|level|experience level|experience|career level|niveau|erfahrungslevel|n[íi]vel)\s*[:：]\s*(.{2,40})$/iu;

function levelIn(text: string): Seniority | null {
  return levels.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** The level the title or a labelled line states; null when the posting names none. */
export function seniorityOf(title: string | null, lines: string[]): Seniority | null {
  const labelled = lines.map((l) => levelLabel.exec(l)?.[1]).find((v) => v !== undefined && levelIn(v) !== null);
  const fromTitle = title ? levelIn(title) : null;
  if (fromTitle) return fromTitle;
  if (labelled) return levelIn(labelled);
  if (title && manager.test(title) && lines.some((l) => reports.test(l))) return "lead";
  // Without a title, a short header line may carry it ("Prácticas   Practicante").
  if (!title)
    return levelIn(
      lines
        .slice(0, 15)
        .filter((l) => l.split(/\s+/u).length <= 8)
        .join("\n"),
    );
  return null;
}
