// `npm run bench:jobs [-- --corpus <dir>] [-- --verbose]`: reads every posting of a corpus laid out
// like ../shared/corpus (jobs/ and jobs-ground-truth.json) as the app reads an uploaded posting, and
// scores the offline analysis by the corpus's "Suggested scoring" (jobs-skills-README.md): required
// and preferred skills (precision and recall, micro over labels and macro over postings, matched one
// to one through the catalogue's aliases), recall over both lists, years of experience, salary
// (exact, and per field), seniority and education. With GROQ_API_KEY (or OLLAMA_BASE_URL and
// OLLAMA_MODEL) set, the model's refinement is scored too. `--verbose` lists every miss and every
// skill reported that the labels do not hold. The last line is one JSON object with every figure.
import fs from "node:fs";
import path from "node:path";
import { configuredModel, percentile } from "./lib/bench-support";
import { averageScores, normalizeLabel, scoreList, type ListScore } from "@/lib/jobs/accuracy/match-skills";
import { analyzePosting, type JobAnalysis } from "@/lib/jobs/analyze";
import { refineAnalysisWithModel } from "@/lib/jobs/model-analysis";
import { readPostingFile } from "@/lib/jobs/read-posting-file";

const args = process.argv.slice(2);
const corpusAt = args.indexOf("--corpus");
const corpus = path.resolve(corpusAt >= 0 ? args[corpusAt + 1]! : path.join(import.meta.dirname, "../../shared/corpus"));
const verbose = args.includes("--verbose");
const budgets = { requiredRecall: 0.8, requiredPrecision: 0.75, p95Ms: 100 };

type GoldSalary = { min: number; max: number; currency: string; period: string } | null;
type Gold = {
  file: string;
  requiredSkills: string[];
  preferredSkills: string[];
  yearsExperience: number | null;
  education: string | null;
  salary: GoldSalary;
  seniority: string | null;
};

// The labels' scale has "manager" and "director"; ours names the same rungs "lead" (leads people)
// and "executive" (runs a function), so those two are compared under our names.
const goldSeniority = (level: string) => ({ manager: "lead", director: "executive" })[level] ?? level;

const words = (text: string) => new Set(normalizeLabel(text).match(/\p{L}{3,}/gu) ?? []);
/** The share of the labelled education's words the analysis's education holds (1 when both are empty). */
function educationOverlap(gold: string | null, found: string | null): number {
  if (gold === null) return found === null ? 1 : 0;
  if (found === null) return 0;
  const expected = words(gold);
  const got = words(found);
  return expected.size ? [...expected].filter((w) => got.has(w)).length / expected.size : 1;
}

const salaryFields = ["min", "max", "currency", "period"] as const;
function salaryScore(gold: GoldSalary, found: JobAnalysis["salaryRange"]) {
  const fields = Object.fromEntries(
    salaryFields.map((f) => [
      f,
      gold === null ? found === null : found !== null && (f === "min" || f === "max" ? Number(found[f]) === Number(gold[f]) : found[f] === gold[f]),
    ]),
  ) as Record<(typeof salaryFields)[number], boolean>;
  return { exact: salaryFields.every((f) => fields[f]), fields };
}

type Row = { file: string; required: ListScore; preferred: ListScore; union: ListScore; analysis: JobAnalysis; gold: Gold; ms: number };

function scoreRow(gold: Gold, analysis: JobAnalysis, ms: number): Row {
  return {
    file: gold.file,
    gold,
    analysis,
    ms,
    required: scoreList(analysis.requiredSkills, gold.requiredSkills),
    preferred: scoreList(analysis.preferredSkills, gold.preferredSkills),
    union: scoreList([...analysis.requiredSkills, ...analysis.preferredSkills], [...gold.requiredSkills, ...gold.preferredSkills]),
  };
}

const pct = (v: number | null) => (v === null ? "  n/a" : `${(v * 100).toFixed(0).padStart(3)} %`);
const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);

function report(label: string, rows: Row[], formatRows: Row[]) {
  const required = averageScores(rows.map((r) => r.required));
  const preferred = averageScores(rows.map((r) => r.preferred));
  const union = averageScores(rows.map((r) => r.union));
  const rate = (ok: boolean[]) => (ok.length ? ok.filter(Boolean).length / ok.length : null);
  const years = rate(rows.map((r) => r.analysis.yearsOfExperience === r.gold.yearsExperience));
  const salaries = rows.map((r) => salaryScore(r.gold.salary, r.analysis.salaryRange));
  const salary = {
    exact: rate(salaries.map((s) => s.exact)),
    ...(Object.fromEntries(salaryFields.map((f) => [f, rate(salaries.map((s) => s.fields[f]))])) as Record<(typeof salaryFields)[number], number | null>),
  };
  const levelled = rows.filter((r) => r.gold.seniority !== null);
  const seniority = rate(levelled.map((r) => r.analysis.seniority === goldSeniority(r.gold.seniority!)));
  const unlevelled = rows.filter((r) => r.gold.seniority === null);
  const guessedOnNull = unlevelled.filter((r) => r.analysis.seniority !== null);
  const educationScores = rows.map((r) => educationOverlap(r.gold.education, r.analysis.education));
  const education = educationScores.reduce((a, b) => a + b, 0) / Math.max(1, educationScores.length);
  const ms = rows.map((r) => r.ms);
  const timing = { p50Ms: percentile(ms, 50, 2), p95Ms: percentile(ms, 95, 2), maxMs: percentile(ms, 100, 2) };
  const met = (required.microRecall ?? 0) >= budgets.requiredRecall && required.microPrecision >= budgets.requiredPrecision && timing.p95Ms <= budgets.p95Ms;

  console.log(`\n${label}: ${rows.length} postings in ${corpus}`);
  console.log("skills (matched/predicted/labelled) | micro P | micro R | macro P | macro R | budget");
  const line = (name: string, s: ReturnType<typeof averageScores>, budget: string) =>
    console.log(
      `${name.padEnd(10)} ${`${s.matched}/${s.predicted}/${s.gold}`.padStart(25)} | ${pct(s.microPrecision)}   | ${pct(s.microRecall)}   | ${pct(s.macroPrecision)}   | ${pct(s.macroRecall)}   | ${budget}`,
    );
  const requiredMet = (required.microRecall ?? 0) >= budgets.requiredRecall && required.microPrecision >= budgets.requiredPrecision;
  line("required", required, `micro R ≥ ${budgets.requiredRecall * 100} %, micro P ≥ ${budgets.requiredPrecision * 100} %${requiredMet ? "" : "  MISSED"}`);
  line("preferred", preferred, "reported");
  line("both", union, "recall over both lists: finding a skill, whatever its list");
  console.log(`years of experience exact   ${pct(years)}`);
  console.log(
    `salary exact                ${pct(salary.exact)}  (min ${pct(salary.min)}, max ${pct(salary.max)}, currency ${pct(salary.currency)}, period ${pct(salary.period)})`,
  );
  console.log(
    `seniority exact             ${pct(seniority)}  on ${levelled.length} postings with a stated level; ${guessedOnNull.length} of ${unlevelled.length} without one got a level${guessedOnNull.length ? `: ${guessedOnNull.map((r) => `${path.basename(r.file)}=${r.analysis.seniority}`).join(", ")}` : ""}`,
  );
  console.log(`education word overlap      ${pct(education)}`);
  console.log(`analysis time per posting: p50 ${timing.p50Ms} ms, p95 ${timing.p95Ms} ms, max ${timing.maxMs} ms (budget p95 ≤ ${budgets.p95Ms} ms)`);
  for (const row of formatRows) {
    const twin = rows.find((r) => stem(r.file) === stem(row.file));
    const same = twin && JSON.stringify(twin.analysis.requiredSkills) === JSON.stringify(row.analysis.requiredSkills);
    console.log(
      `format row ${row.file}: required P ${pct(row.required.precision)} R ${pct(row.required.recall)}${twin ? (same ? ", same required skills as " : ", DIFFERENT required skills from ") + twin.file : ""}`,
    );
  }
  if (verbose) {
    for (const r of [...rows, ...formatRows]) {
      const misses = (what: string, s: ListScore) => {
        if (s.misses.length) console.log(`  ${r.file} ${what} missed: ${s.misses.join(" | ")}`);
        if (s.extra.length) console.log(`  ${r.file} ${what} not labelled: ${s.extra.join(" | ")}`);
      };
      misses("required", r.required);
      misses("preferred", r.preferred);
      if (r.analysis.yearsOfExperience !== r.gold.yearsExperience)
        console.log(`  ${r.file} years: expected ${r.gold.yearsExperience}, got ${r.analysis.yearsOfExperience}`);
      if (!salaryScore(r.gold.salary, r.analysis.salaryRange).exact)
        console.log(`  ${r.file} salary: expected ${JSON.stringify(r.gold.salary)}, got ${JSON.stringify(r.analysis.salaryRange)}`);
      if (r.gold.seniority !== null ? r.analysis.seniority !== goldSeniority(r.gold.seniority) : r.analysis.seniority !== null)
        console.log(`  ${r.file} seniority: expected ${r.gold.seniority}, got ${r.analysis.seniority}`);
      if (educationOverlap(r.gold.education, r.analysis.education) < 1)
        console.log(`  ${r.file} education: expected ${JSON.stringify(r.gold.education)}, got ${JSON.stringify(r.analysis.education)}`);
    }
  }
  console.log(met ? "Budget met." : "Budget NOT met.");
  const figures = (s: ReturnType<typeof averageScores>) => ({
    microPrecision: round(s.microPrecision),
    microRecall: round(s.microRecall),
    macroPrecision: round(s.macroPrecision),
    macroRecall: round(s.macroRecall),
  });
  return {
    postings: rows.length,
    required: figures(required),
    preferred: figures(preferred),
    unionRecall: { micro: round(union.microRecall), macro: round(union.macroRecall) },
    yearsExact: round(years),
    salary: Object.fromEntries(Object.entries(salary).map(([k, v]) => [k, round(v)])),
    seniority: { exact: round(seniority), of: levelled.length, levelOnUnlevelled: guessedOnNull.length, unlevelled: unlevelled.length },
    educationOverlap: round(education),
    ...timing,
    budgetMet: met,
  };
}

/** A file's path without its extension: the same posting in two formats shares it. */
const stem = (file: string) => file.replace(/\.[^./]+$/, "");

async function main() {
  const golds = JSON.parse(fs.readFileSync(path.join(corpus, "jobs-ground-truth.json"), "utf8")) as Gold[];
  const texts = new Map<string, string>();
  const offline: Row[] = [];
  const offlineFormats: Row[] = [];
  for (const gold of golds) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(corpus, gold.file)));
    const text = await readPostingFile(bytes, { maxBytes: 5 << 20 });
    // The analysis alone (reading a PDF or DOCX is the extractors' cost, measured by bench:parse), as
    // a running server does it: the first call also compiles the patterns, so the time is the median
    // of five calls after it.
    const analysis = analyzePosting(text);
    const runs = Array.from({ length: 5 }, () => {
      const started = performance.now();
      analyzePosting(text);
      return performance.now() - started;
    });
    const row = scoreRow(gold, analysis, percentile(runs, 50, 2));
    texts.set(gold.file, text);
    // A posting given in two formats counts once; the later format is reported as a row of its own.
    (offline.some((r) => stem(r.file) === stem(gold.file)) ? offlineFormats : offline).push(row);
  }
  const offlineFigures = report("Offline posting analysis", offline, offlineFormats);

  const llm = configuredModel();
  let modelFigures = null;
  if (llm) {
    const rows: Row[] = [];
    for (const row of offline) {
      const started = performance.now();
      const text = texts.get(row.file)!;
      const { analysis } = await refineAnalysisWithModel(llm.route, text, analyzePosting(text)).catch((error: unknown) => {
        console.log(`  ${row.file}: the model failed (${(error as Error).message.slice(0, 80)}); the offline analysis stands`);
        return { analysis: row.analysis };
      });
      rows.push(scoreRow(row.gold, analysis, performance.now() - started));
    }
    modelFigures = { model: llm.id, ...report(`Refined by ${llm.id}`, rows, []) };
  } else console.log("\nModel refinement: not run (set GROQ_API_KEY, or OLLAMA_BASE_URL and OLLAMA_MODEL).");
  console.log(JSON.stringify({ corpus, offline: offlineFigures, model: modelFigures }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
