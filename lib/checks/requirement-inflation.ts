import { matchesOf, termPattern, type CheckInput, type Finding } from "@/lib/checks/types";

// Requirements models like to add. Each is flagged when the document asks for it and the brief did not.
const degrees = ["bachelor*", "master's", "masters", "phd", "ph.d.", "doctorate", "mba", "bsc", "msc", "university degree", "college degree", "degree in"];
const certifications = [
  "pmp",
  "cpa",
  "cfa",
  "cissp",
  "cisa",
  "prince2",
  "itil",
  "csm",
  "certified scrum*",
  "scrum master",
  "aws certified*",
  "shrm-cp",
  "shrm-scp",
  "cipd",
  "six sigma",
  "ccna",
  "acca",
];
const tools = [
  "excel",
  "salesforce",
  "sql",
  "python",
  "java",
  "javascript",
  "typescript",
  "aws",
  "azure",
  "gcp",
  "kubernetes",
  "docker",
  "jira",
  "sap",
  "tableau",
  "power bi",
  "figma",
  "workday",
  "hubspot",
  "react",
  "node.js",
  "terraform",
  "snowflake",
  "looker",
  "adobe*",
];

function briefText(brief: Record<string, unknown>): string {
  return Object.values(brief)
    .map((v) => String(v ?? ""))
    .join("\n");
}

/** Degrees, years of experience, certifications and tools in the document that the HR brief never asked for. */
export function checkRequirementInflation({ text, brief }: CheckInput): Finding[] {
  const source = briefText(brief);
  const findings: Finding[] = [];
  const flag = (kind: string, terms: string[], what: string) => {
    for (const term of terms) {
      const pattern = termPattern(term);
      if (pattern.test(source)) continue;
      for (const m of matchesOf(text, pattern)) {
        findings.push({
          check: "requirement-inflation",
          kind,
          message: `The document asks for ${what} “${m.quote}”, which is not in your brief.`,
          suggestion: "Remove it unless the role truly needs it: every extra requirement narrows who applies.",
          ...m,
        });
      }
    }
  };
  flag("degree", degrees, "a degree:");
  flag("certification", certifications, "a certification:");
  flag("tool", tools, "a tool:");
  const briefYears = new Set(matchesOf(source, /\b\d{1,2}\b/).map((m) => m.quote));
  for (const m of matchesOf(text, /\b(\d{1,2})\+?\s*(?:or more\s+)?(?:years?|yrs)\b/i)) {
    const years = m.quote.match(/\d+/)?.[0] ?? "";
    if (!briefYears.has(years)) {
      findings.push({
        check: "requirement-inflation",
        kind: "years",
        message: `The document asks for “${m.quote}” of experience; your brief did not give this number.`,
        suggestion: "Use the experience from your brief, or describe the skills instead of years.",
        ...m,
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
