// `npm run bench:adversarial [-- --only <entry point>]`: feeds every function that reads user text the
// inputs that make a careless parser slow (repeated tokens, runs of digits, dashes and spaces,
// unclosed brackets and emphasis, tens of thousands of short lines, one endless line, mixed Unicode,
// repeated headings), each as long as the input's limit allows. It prints the worst time per entry
// point against a budget of 100 ms: these run on the server inside a request, where one slow call
// holds up every other user. The last line is one JSON object with the same figures.
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { MarkdownView } from "@/components/documents/markdown-view";
import { runChecks } from "@/lib/checks/run-checks";
import type { CheckId } from "@/lib/checks/types";
import { normalizeLines } from "@/lib/cv/extract/normalize";
import { readCvText } from "@/lib/cv/ingest";
import { applyProfileEdits, type ProfileEdit } from "@/lib/cv/profile-edits";
import { parseProfileHeuristically } from "@/lib/cv/parse/heuristic";
import type { Profile } from "@/lib/cv/profile";
import { diffLines } from "@/lib/documents/diff";
import { markdownToBlocks } from "@/lib/documents/markdown-blocks";
import { computeFit } from "@/lib/fit/fit";
import { analyzePosting, type JobAnalysis } from "@/lib/jobs/analyze";
import { fieldLimits, textLimits } from "@/lib/security/text-limits";
import { skillCatalog } from "@/lib/skills/catalog";
import { assembleTailoredCv, tailoredCvMarkdown } from "@/lib/tailor/assemble";
import { draftCoverLetter, groundLetter } from "@/lib/tailor/cover-letter";
import { unsupportedClaims } from "@/lib/tailor/grounding";
import { proposeTailoring } from "@/lib/tailor/propose";
import { compareRoundTrip } from "@/lib/tailor/round-trip";
import { suggestImprovements } from "@/lib/tailor/suggestions";
import { draftOffline } from "@/lib/tools/offline";
import { getTool, toolSlugs } from "@/lib/tools/registry";

const budgetMs = 100;
const runs = 3;
const args = process.argv.slice(2);
const onlyAt = args.indexOf("--only");
const only = onlyAt >= 0 ? args[onlyAt + 1]!.toLowerCase() : null;

type Input = { label: string; text: string };

/** `unit` repeated to exactly `length` characters, then `end` (a character that makes a pattern fail late). */
const fill = (unit: string, length: number, end = "") => unit.repeat(Math.ceil(length / unit.length)).slice(0, length - end.length) + end;

const repeatedTokens = [
  "a ",
  "a, ",
  "- ",
  "> ",
  "1. ",
  "> - ",
  "a\n",
  "\n",
  "\r\n",
  "A. ",
  "A.",
  "A-",
  "a.",
  "1,",
  "1.",
  "1 ",
  "$1 ",
  "10M ",
  "x1 ",
  "a@b.co ",
  "www.a.io/",
  "https://a.com/a ",
  "+1 (415) 555-0142 ",
  "2020 - 2021 ",
  "Jan 2020 – Present\n",
  "Senior Engineer at Acme Inc\n",
  "Experience\n",
  "Skills: Python, Go\n",
  "## Compensation\n",
  "# a\n",
  "* a\n",
  "1. a\n",
  "> a\n",
  "| a | b |\n",
  "**a ",
  "*a ",
  "_a ",
  "[a](",
  "![a](",
  "`a ",
  "<a ",
  "{{ a ",
  "{% a ",
  "best ",
  "young ",
  "analy",
  "5+ years ",
  "bachelor degree ",
  "Python ",
  "JavaScript, ",
  "C++ ",
  "C# ",
  ".NET ",
  "A.b ",
  "AT&T ",
  "é中🙂 ",
  "\u00AD ",
  "\u200B",
  "İ",
];
const runsOf = ["1", "-", "–", " ", "\t", ".", ",", "(", ")", "[", "*", "_", "#", "<", ">", "{", "+", "%", "\u00AD", "a", "A", "é"];

/** A CV-like block (headings, dates, bullets naming skills and figures), repeated: real structure, many times over. */
const cvBlock = [
  "Jane Doe",
  "jane@example.com | +1 (415) 555-0142 | Berlin, Germany",
  "Experience",
  "Senior Software Engineer | Acme Inc. | Berlin, DE",
  "Jan 2020 – Present",
  "• Built the billing API in Python and PostgreSQL, cutting invoice errors by 30%",
  "• Led a team of 5 engineers shipping React and TypeScript features to 2M users",
  "Education",
  "B.Sc. Computer Science, Technische Universität Berlin, 2015 – 2019",
  "Skills",
  "Python, Go, Kubernetes, AWS, Docker, SQL, Terraform",
  "",
].join("\n");
const postingBlock = [
  "## Senior Data Engineer",
  "We are looking for a Senior Data Engineer to join our platform team.",
  "Requirements:",
  "- 5+ years of experience with Python and SQL",
  "- Bachelor's degree in Computer Science or a related field",
  "Nice to have: Kafka, dbt (preferred)",
  "Salary: $120,000 – $150,000 per year. Remote (US).",
  "",
].join("\n");
const catalogue = skillCatalog.flatMap((s) => [s.name, ...s.aliases]).join(", ") + "\n";

function inputsUpTo(limit: number): Input[] {
  const out: Input[] = [];
  for (const unit of repeatedTokens) out.push({ label: `${JSON.stringify(unit)} × ${Math.floor(limit / unit.length)}`, text: fill(unit, limit) });
  for (const unit of runsOf) {
    for (const end of ["", "x", "!"]) out.push({ label: `run of ${JSON.stringify(unit)}${end ? ` then ${end}` : ""}`, text: fill(unit, limit, end) });
  }
  const words = "strong analytical communication team engineering python delivery quality growth customer".split(" ");
  out.push({ label: "one line of words", text: fill(words.join(" ") + " ", limit) });
  out.push({ label: "one line of capitalised words", text: fill(words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(" ") + " ", limit) });
  out.push({ label: "mixed scripts and marks", text: fill("Ünïcødé 中文 العربية עברית 🙂\u0301\u200D\uFE0F\u00A0\u2028", limit) });
  out.push({ label: "repeated CV", text: fill(cvBlock, limit) });
  out.push({ label: "repeated posting", text: fill(postingBlock, limit) });
  out.push({ label: "whole skills catalogue, repeated", text: fill(catalogue, limit) });
  return out;
}

/** A posting that asks for every skill the catalogue knows: the most matching work a CV can cause. */
const everySkill: JobAnalysis = {
  ...analyzePosting(postingBlock),
  requiredSkills: skillCatalog.slice(0, skillCatalog.length / 2).map((s) => s.name),
  preferredSkills: skillCatalog.slice(skillCatalog.length / 2).map((s) => s.name),
};

type EntryPoint = { name: string; limit: number; prepare?: (text: string) => unknown; run: (text: string, prepared: unknown) => unknown };

const briefOf = (text: string) => ({
  title: "Data Analyst",
  requiredSkills: text.slice(0, fieldLimits.list),
  qualifications: text.slice(0, fieldLimits.shortList),
  yearsExperience: "3",
  salaryMin: "",
  salaryMax: "",
});
const check = (id: CheckId): EntryPoint => ({
  name: `check: ${id}`,
  limit: textLimits.document,
  run: (text) => runChecks([id], { text, brief: briefOf(text) }),
});
const parsed = (text: string) => ({ text, profile: readCvText(text).profile });
type Parsed = ReturnType<typeof parsed>;
const manySkills = parsed(`Jane Doe\nSkills\n${Array.from({ length: 10_000 }, (_, i) => `Tool${i}`).join(", ")}`.slice(0, textLimits.cvText)).profile;

/** Every tool's form with each text field filled to its own limit (fields that refuse the text keep their default). */
function toolInputs(text: string) {
  return toolSlugs.map((slug) => {
    const tool = getTool(slug);
    const valid: Record<string, unknown> = {
      ...tool.defaults,
      title: "Engineer",
      companyName: "Acme",
      role: "Engineer",
      candidateName: "Ann",
      position: "Engineer",
      startDate: "2030-01-01",
      baseSalary: "50000",
      signatoryName: "Bo",
      signatoryTitle: "CEO",
      newHireName: "Ann",
      manager: "Bo",
      employeeName: "Ann",
      reviewPeriod: "2025",
      competencies: "SQL",
      location: "Berlin",
    };
    const input = { ...valid };
    for (const [name, schema] of Object.entries(tool.schema.shape)) {
      const max = (schema as { maxLength?: number | null }).maxLength;
      if (max) input[name] = text.slice(0, max);
    }
    const checked = tool.schema.safeParse(input);
    for (const issue of checked.success ? [] : checked.error.issues) input[String(issue.path[0])] = valid[String(issue.path[0])];
    return { slug, input };
  });
}

const entryPoints: EntryPoint[] = [
  { name: "posting analysis", limit: textLimits.jobPosting, run: (text) => analyzePosting(text) },
  { name: "CV text normalisation", limit: textLimits.cvText, run: (text) => normalizeLines([text]) },
  { name: "CV parse (pasted text)", limit: textLimits.cvText, run: (text) => readCvText(text) },
  {
    name: "CV parse (extracted lines)",
    limit: textLimits.cvText,
    prepare: (text) => text.split("\n"),
    run: (_, lines) => parseProfileHeuristically(lines as string[]),
  },
  check("inclusive-language"),
  check("requirement-inflation"),
  check("pay-transparency"),
  check("review-bias"),
  { name: "skill matching and fit", limit: textLimits.cvText, prepare: parsed, run: (_, cv) => computeFit((cv as Parsed).profile, everySkill) },
  {
    name: "tailoring and cover letter",
    limit: textLimits.cvText,
    prepare: parsed,
    run: (_, prepared) => {
      const { text, profile } = prepared as Parsed;
      const tailored = assembleTailoredCv(profile, proposeTailoring(profile, everySkill));
      const markdown = tailoredCvMarkdown(tailored);
      const letter = groundLetter(draftCoverLetter(profile, tailored, everySkill), `${text}\n${everySkill.title ?? ""}`);
      return [markdown, letter, suggestImprovements(profile, computeFit(profile, everySkill), everySkill)];
    },
  },
  {
    name: "grounding check",
    limit: textLimits.document,
    prepare: (text) => text.slice(0, textLimits.cvText),
    run: (text, evidence) => unsupportedClaims(text, evidence as string),
  },
  {
    name: "round-trip comparison",
    limit: textLimits.cvText,
    // The exported CV lists every skill a profile keeps; the file read back holds the adversarial text.
    prepare: (text) => ({ tailored: assembleTailoredCv(manySkills, proposeTailoring(manySkills, everySkill)), ...parsed(text) }),
    run: (_, p) => {
      const { tailored, profile, text } = p as Parsed & { tailored: ReturnType<typeof assembleTailoredCv> };
      return compareRoundTrip(tailored, profile, text);
    },
  },
  {
    name: "profile edits",
    limit: textLimits.profileField,
    // Against a CV that lists thousands of skills: each edited item is looked up among them.
    prepare: (text) => ({
      profile: manySkills,
      edits: ["skills", "languages", "certifications", "summary", "experience.0.title"].map((path): ProfileEdit => ({ path, value: text })),
    }),
    run: (_, p) => applyProfileEdits((p as { profile: Profile }).profile, (p as { edits: ProfileEdit[] }).edits),
  },
  { name: "markdown blocks", limit: textLimits.document, run: (text) => markdownToBlocks(text) },
  { name: "document view (server render)", limit: textLimits.document, run: (text) => renderToString(createElement(MarkdownView, { text })) },
  {
    name: "document diff",
    limit: textLimits.document,
    // The worst edit for a line diff: every line changed, and the lines moved.
    prepare: (text) =>
      text
        .split("\n")
        .map((line, i) => (i % 2 ? `${line}!` : line))
        .reverse()
        .join("\n")
        .slice(0, textLimits.document),
    run: (text, edited) => diffLines(text, edited as string),
  },
  {
    name: "HR tool drafts (offline)",
    limit: fieldLimits.longText,
    prepare: toolInputs,
    run: (_, inputs) => (inputs as ReturnType<typeof toolInputs>).map(({ slug, input }) => draftOffline({ task: slug, input })),
  },
];

function timeOf(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

type Result = { entryPoint: string; limit: number; inputs: number; worstInput: string; worstMs: number; withinBudget: boolean };

function measure(entry: EntryPoint): Result {
  let worst = { label: "", ms: 0 };
  const inputs = inputsUpTo(entry.limit);
  for (const { label, text } of inputs) {
    const prepared = entry.prepare?.(text);
    timeOf(() => entry.run(text, prepared)); // warm-up: compiled patterns, JIT
    const ms = Math.max(...Array.from({ length: runs }, () => timeOf(() => entry.run(text, prepared))));
    if (ms > worst.ms) worst = { label, ms };
  }
  const worstMs = Math.round(worst.ms * 10) / 10;
  return { entryPoint: entry.name, limit: entry.limit, inputs: inputs.length, worstInput: worst.label, worstMs, withinBudget: worstMs <= budgetMs };
}

function main() {
  const selected = entryPoints.filter((e) => !only || e.name.toLowerCase().includes(only));
  console.log(`Adversarial inputs: each entry point at its input limit, worst of ${runs} runs after a warm-up; budget ${budgetMs} ms.\n`);
  const width = Math.max(...selected.map((e) => e.name.length));
  console.log(`${"entry point".padEnd(width)} | ${"limit".padStart(6)} | ${"worst input".padEnd(34)} | worst time | budget`);
  const results: Result[] = [];
  for (const entry of selected) {
    const r = measure(entry);
    results.push(r);
    console.log(
      `${r.entryPoint.padEnd(width)} | ${String(r.limit).padStart(6)} | ${r.worstInput.slice(0, 34).padEnd(34)} | ${`${r.worstMs} ms`.padStart(10)} | ${budgetMs} ms${r.withinBudget ? "" : "  OVER"}`,
    );
  }
  const ok = results.every((r) => r.withinBudget);
  console.log(ok ? "\nEvery entry point is within budget." : "\nSOME ENTRY POINTS ARE OVER BUDGET.");
  console.log(
    JSON.stringify({
      budgetMs,
      runs,
      entryPoints: results.map(({ entryPoint, limit, inputs, worstInput, worstMs }) => ({ entryPoint, limit, inputs, worstInput, worstMs })),
      worstMs: Math.max(...results.map((r) => r.worstMs)),
      ok,
    }),
  );
}

main();
