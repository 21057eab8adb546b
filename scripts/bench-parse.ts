// `npm run bench:parse [-- --corpus <dir>] [-- --verbose]`: runs the CV parsers over every file of a
// corpus laid out like ../shared/corpus (resumes/ and ground-truth.json) and prints per-field
// accuracy, skills recall, time per file and what happened to the edge files (scanned, encrypted).
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
const budgets = { name: 0.9, email: 0.9, phone: 0.9, latestTitle: 0.8, latestCompany: 0.8, skillsRecall: 0.7, p50Ms: 300 };

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
  const accuracy = Object.fromEntries(
    scoredFields.map((field) => {
      const rows = scores.map((s) => s.fields[field]).filter((f) => f !== undefined);
      const correct = rows.filter((r) => r.ok).length;
      return [field, { correct, of: rows.length, rate: rows.length ? correct / rows.length : 1 }];
    }),
  ) as Record<(typeof scoredFields)[number], { correct: number; of: number; rate: number }>;
  const recalls = scores.map((s) => s.skillsRecall).filter((r): r is number => r !== null);
  const skillsRecall = recalls.reduce((a, b) => a + b, 0) / Math.max(1, recalls.length);
  const ms = times.map((t) => t.ms);
  const worst = times.reduce((a, b) => (b.ms > a.ms ? b : a));
  const timing = { p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95), worst: { file: worst.file, ms: Math.round(worst.ms * 10) / 10 } };
  const met =
    scoredFields.every((f) => accuracy[f].rate >= budgets[f]) &&
    skillsRecall >= budgets.skillsRecall &&
    timing.p50Ms <= budgets.p50Ms &&
    edges.every((e) => e.ok);

  console.log(`\n${parser.label}: ${truths.length} files in ${corpus}`);
  console.log("field          | correct | rate   | budget");
  for (const field of scoredFields) {
    const a = accuracy[field];
    console.log(
      `${field.padEnd(14)} | ${`${a.correct}/${a.of}`.padStart(7)} | ${(a.rate * 100).toFixed(0).padStart(4)} % | ≥ ${budgets[field] * 100} %${a.rate >= budgets[field] ? "" : "  MISSED"}`,
    );
  }
  console.log(
    `${"skills recall".padEnd(14)} | ${String(recalls.length).padStart(7)} | ${(skillsRecall * 100).toFixed(0).padStart(4)} % | ≥ ${budgets.skillsRecall * 100} %${skillsRecall >= budgets.skillsRecall ? "" : "  MISSED"}`,
  );
  console.log(
    `time per file: p50 ${timing.p50Ms} ms, p95 ${timing.p95Ms} ms (budget p50 ≤ ${budgets.p50Ms} ms); slowest ${timing.worst.file} at ${timing.worst.ms} ms`,
  );
  console.log("edge files:");
  for (const e of edges) console.log(`  ${e.ok ? "ok    " : "WRONG "} ${e.file}: expected ${e.expected}, got ${e.outcome}`);
  for (const f of failures) console.log(`  failed: ${f}`);
  if (verbose) {
    for (const s of scores)
      for (const [field, f] of Object.entries(s.fields)) if (!f.ok) console.log(`  miss ${s.file} ${field}: expected "${f.expected}", got "${f.actual}"`);
    for (const s of scores) if (s.skillsRecall !== null && s.skillsRecall < 1) console.log(`  skills ${s.file}: recall ${(s.skillsRecall * 100).toFixed(0)} %`);
  }
  console.log(met ? "Budget met." : "Budget NOT met.");
  return {
    accuracy: Object.fromEntries(scoredFields.map((f) => [f, Math.round(accuracy[f].rate * 1000) / 1000])),
    skillsRecall: Math.round(skillsRecall * 1000) / 1000,
    ...timing,
    edges: edges.map(({ file, expected, ok }) => ({ file, expected, ok })),
    failed: failures.length,
    budgetMet: met,
  };
}

async function main() {
  const truths = JSON.parse(fs.readFileSync(path.join(corpus, "ground-truth.json"), "utf8")) as GroundTruth[];
  const offline = await evaluate(truths, { label: "Offline parser", parse: async (lines) => parseProfileHeuristically(lines) });
  const llm = configuredModel();
  const model = llm
    ? await evaluate(truths, {
        label: `LLM parser (${llm.id}, completed by the offline parser)`,
        parse: async (lines) => mergeProfiles((await parseProfileWithModel(llm.route, lines)).profile, parseProfileHeuristically(lines)),
      })
    : null;
  if (!llm) console.log("\nLLM parser: not run (set GROQ_API_KEY, or OLLAMA_BASE_URL and OLLAMA_MODEL).");
  console.log(JSON.stringify({ files: truths.length, corpus, offline, llm: llm ? { model: llm.id, ...model } : null }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
