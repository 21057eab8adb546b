// `npm run bench:parse [-- --corpus <dir>] [-- --verbose]`: runs the CV parsers over every file of a
// corpus laid out like ../shared/corpus (resumes/ and ground-truth.json) and prints, for each parser:
// contact fields, job recall and precision, per-job title, company and date accuracy, bullet recall,
// education recall, location, languages, skills recall, time per file and what happened to the edge
// files (scanned, encrypted). `--verbose` lists every miss.
// The LLM parser runs too when GROQ_API_KEY, or OLLAMA_BASE_URL with OLLAMA_MODEL, is set.
// The last line is one JSON object with the same figures.
import fs from "node:fs";
import path from "node:path";
import { configuredModel, percentile } from "./lib/bench-support";
import { scoreProfile, scoredFields, type FileScore, type GroundTruth } from "@/lib/cv/accuracy/score";
import { ExtractionError } from "@/lib/cv/extract/extraction-error";
import { extractCvText } from "@/lib/cv/extract/extract-cv-text";
import { mergeProfiles } from "@/lib/cv/merge-profiles";
import { parseProfileHeuristically } from "@/lib/cv/parse/heuristic";
import { parseProfileWithModel } from "@/lib/cv/parse/llm";
import { emptyProfile, type Profile } from "@/lib/cv/profile";

const args = process.argv.slice(2);
const corpusAt = args.indexOf("--corpus");
const corpus = path.resolve(corpusAt >= 0 ? args[corpusAt + 1]! : path.join(import.meta.dirname, "../../shared/corpus"));
const verbose = args.includes("--verbose");
const budgets: Record<string, number> = {
  name: 0.95,
  email: 0.95,
  phone: 0.95,
  latestTitle: 0.85,
  latestCompany: 0.85,
  jobRecall: 0.9,
  jobPrecision: 0.9,
  jobTitle: 0.85,
  jobCompany: 0.85,
  jobStart: 0.85,
  jobEnd: 0.85,
  bulletRecall: 0.9,
  educationRecall: 0.8,
  skillsRecall: 0.7,
};
const timeBudgets = { p50Ms: 100, worstMs: 1000 };

type Parser = { label: string; parse: (lines: string[]) => Promise<Profile> };

async function evaluate(truths: GroundTruth[], parser: Parser) {
  const scores: FileScore[] = [];
  const times: { file: string; ms: number }[] = [];
  const edges: { file: string; expected: string; outcome: string; ok: boolean }[] = [];
  const failures: string[] = [];
  for (const truth of truths) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(corpus, truth.file)));
    const edge = truth.encrypted ? "password_protected" : truth.textLayer === false ? "image_only" : null;
    const started = performance.now();
    try {
      const text = await extractCvText(bytes, { maxBytes: 5 * 1024 * 1024 });
      const profile = await parser.parse(text.lines);
      times.push({ file: truth.file, ms: performance.now() - started });
      if (edge) edges.push({ file: truth.file, expected: edge, outcome: "parsed (no message)", ok: false });
      else scores.push(scoreProfile(truth, profile));
    } catch (error) {
      times.push({ file: truth.file, ms: performance.now() - started });
      const outcome = error instanceof ExtractionError ? error.problem : `failed: ${(error as Error).message.slice(0, 80)}`;
      if (edge)
        edges.push({
          file: truth.file,
          expected: edge,
          outcome: error instanceof ExtractionError ? `${outcome}: "${error.message.slice(0, 60)}…"` : outcome,
          ok: outcome === edge,
        });
      else {
        // A file that should parse but failed counts as wrong on every field it has.
        scores.push(scoreProfile(truth, emptyProfile()));
        failures.push(`${truth.file}: ${outcome}`);
      }
    }
  }
  const figures = figuresOf(scores);
  const ms = times.map((t) => t.ms);
  const worst = times.reduce((a, b) => (b.ms > a.ms ? b : a));
  const timing = { p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95), worst: { file: worst.file, ms: Math.round(worst.ms * 10) / 10 } };
  const missed = Object.keys(budgets).filter((k) => figures[k] && figures[k].rate < budgets[k]!);
  const met = !missed.length && timing.p50Ms <= timeBudgets.p50Ms && timing.worst.ms <= timeBudgets.worstMs && edges.every((e) => e.ok);

  console.log(`\n${parser.label}: ${truths.length} files in ${corpus}`);
  console.log("measure           | found / of | rate   | budget");
  for (const [key, f] of Object.entries(figures)) {
    const budget = budgets[key];
    const verdict = budget === undefined ? "" : `≥ ${Math.round(budget * 100)} %${f.rate >= budget ? "" : "  MISSED"}`;
    console.log(`${key.padEnd(17)} | ${`${f.found}/${f.of}`.padStart(10)} | ${(f.rate * 100).toFixed(0).padStart(4)} % | ${verdict}`);
  }
  console.log(
    `time per file: p50 ${timing.p50Ms} ms, p95 ${timing.p95Ms} ms, worst ${timing.worst.ms} ms (${timing.worst.file}); budget p50 ≤ ${timeBudgets.p50Ms} ms, worst ≤ ${timeBudgets.worstMs} ms`,
  );
  console.log("edge files:");
  for (const e of edges) console.log(`  ${e.ok ? "ok    " : "WRONG "} ${e.file}: expected ${e.expected}, got ${e.outcome}`);
  for (const f of failures) console.log(`  failed: ${f}`);
  if (verbose) for (const s of scores) for (const miss of missesOf(s)) console.log(`  miss ${s.file}: ${miss}`);
  console.log(met ? "Budget met." : `Budget NOT met${missed.length ? ` (${missed.join(", ")})` : ""}.`);
  return {
    ...Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, Math.round(f.rate * 1000) / 1000])),
    ...timing,
    edges: edges.map(({ file, expected, ok }) => ({ file, expected, ok })),
    failed: failures.length,
    budgetMet: met,
  };
}

type Figure = { found: number; of: number; rate: number };
const figure = (found: number, of: number): Figure => ({ found, of, rate: of ? found / of : 1 });
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Every measure over the corpus: contact fields per file, jobs and bullets pooled over all files. */
function figuresOf(scores: FileScore[]): Record<string, Figure> {
  const field = (name: keyof FileScore["fields"]) => {
    const rows = scores.map((s) => s.fields[name]).filter((f) => f !== undefined);
    return figure(rows.filter((r) => r.ok).length, rows.length);
  };
  const jobs = scores.map((s) => s.jobs).filter((j) => j !== null);
  const schools = scores.map((s) => s.education).filter((e) => e !== null);
  const languages = scores.map((s) => s.languages).filter((l) => l !== null);
  const aligned = sum(jobs.map((j) => j.aligned));
  const skills = scores.map((s) => s.skillsRecall).filter((r): r is number => r !== null);
  return {
    ...Object.fromEntries(scoredFields.map((f) => [f, field(f)])),
    jobRecall: figure(sum(jobs.map((j) => j.matched)), sum(jobs.map((j) => j.expected))),
    jobPrecision: figure(sum(jobs.map((j) => j.matched)), sum(jobs.map((j) => j.parsed))),
    jobTitle: figure(sum(jobs.map((j) => j.fields.title)), aligned),
    jobCompany: figure(sum(jobs.map((j) => j.fields.company)), aligned),
    jobStart: figure(sum(jobs.map((j) => j.fields.start)), aligned),
    jobEnd: figure(sum(jobs.map((j) => j.fields.end)), aligned),
    bulletRecall: figure(sum(jobs.map((j) => j.bullets.found)), sum(jobs.map((j) => j.bullets.expected))),
    educationRecall: figure(sum(schools.map((e) => e.found)), sum(schools.map((e) => e.expected))),
    location: field("location"),
    languagesRecall: figure(sum(languages.map((l) => l.found)), sum(languages.map((l) => l.expected))),
    skillsRecall: { found: skills.length, of: skills.length, rate: sum(skills) / Math.max(1, skills.length) },
  };
}

function missesOf(score: FileScore): string[] {
  return [
    ...Object.entries(score.fields)
      .filter(([, f]) => !f.ok)
      .map(([name, f]) => `${name}: expected "${f.expected}", got "${f.actual}"`),
    ...(score.jobs?.misses ?? []),
    ...(score.education?.misses ?? []),
    ...(score.languages?.missing.map((l) => `language not found: ${l}`) ?? []),
    ...(score.skillsRecall !== null && score.skillsRecall < 1 ? [`skills recall ${(score.skillsRecall * 100).toFixed(0)} %`] : []),
  ];
}

async function main() {
  const truths = JSON.parse(fs.readFileSync(path.join(corpus, "ground-truth.json"), "utf8")) as GroundTruth[];
  const offline = await evaluate(truths, { label: "Offline parser", parse: async (lines) => parseProfileHeuristically(lines) });
  const llm = configuredModel();
  if (!llm) {
    console.log("\nLLM parser: not run (set GROQ_API_KEY, or OLLAMA_BASE_URL and OLLAMA_MODEL).");
    console.log(JSON.stringify({ files: truths.length, corpus, offline, llm: null }));
    return;
  }
  const alone = await evaluate(truths, { label: `LLM parser (${llm.id})`, parse: async (lines) => (await parseProfileWithModel(llm.route, lines)).profile });
  const merged = await evaluate(truths, {
    label: `LLM parser (${llm.id}), completed by the offline parser`,
    parse: async (lines) => mergeProfiles((await parseProfileWithModel(llm.route, lines)).profile, parseProfileHeuristically(lines)),
  });
  console.log(JSON.stringify({ files: truths.length, corpus, offline, llm: { model: llm.id, alone, merged } }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
