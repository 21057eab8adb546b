import type { JobAnalysis } from "@/lib/jobs/analyze";

const languageNames = { en: "English", es: "Spanish", fr: "French", de: "German", pt: "Portuguese" } as const;

/** What was read from a posting, as a definition list; unknowns are said to be unknown. */
export function JobAnalysisCard({ analysis }: { analysis: JobAnalysis }) {
  const rows: [string, string][] = [
    ["Company", analysis.company ?? "Not stated"],
    ["Location", analysis.location ?? "Not stated"],
    ["Seniority", analysis.seniority ?? "Not clear"],
    ["Employment", analysis.employmentType ?? "Not stated"],
    ["Experience", analysis.yearsOfExperience === null ? "Not stated" : `${analysis.yearsOfExperience}+ years`],
    ["Education", analysis.education ?? "Not stated"],
    ["Salary", analysis.salary ?? "Not stated"],
    ["Language", languageNames[analysis.language]],
    ["Required skills", analysis.requiredSkills.join(", ") || "None recognised"],
    ["Nice to have", analysis.preferredSkills.join(", ") || "None recognised"],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-zinc-200 p-4 text-sm sm:grid-cols-[10rem_1fr] dark:border-zinc-800">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
