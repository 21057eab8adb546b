// `npm run bench:tailor [-- --corpus <dir>]`: tailors every corpus CV to every corpus job posting and
// writes a cover letter for each pair, then prints unsupported claims before and after the grounding
// check (after must be 0), jobs dropped (must be 0), how many of each job's required skills the
// tailored CV covers (all honestly, from the CV), and time per pair. With GROQ_API_KEY (or
// OLLAMA_BASE_URL and OLLAMA_MODEL) set, the model rewrite runs too.
// Then the faithful-copy check: every CV of ground-truth.json with a text layer and jobs is parsed as
// the app parses it and tailored offline for every posting; the tailored CV must show the name, every
// recorded job (title, company, dates) and only whole recorded bullets, and no line the CV does not
// hold. Each failure is put down to the parser (its profile lacks it too) or to the tailoring.
// `--verbose` lists them per file. The last line is JSON.
import fs from "node:fs";
import path from "node:path";
import type { ModelRoute } from "@/lib/ai/model-call";
import { configuredModel, percentile } from "./lib/bench-support";
import { extractCvText } from "@/lib/cv/extract/extract-cv-text";
import { parseProfileHeuristically } from "@/lib/cv/parse/heuristic";
import type { Profile } from "@/lib/cv/profile";
import { analyzePosting, type JobAnalysis } from "@/lib/jobs/analyze";
import { readPostingFile } from "@/lib/jobs/read-posting-file";
import { skillMatchers } from "@/lib/skills/catalog";
import { assembleTailoredCv, tailoredCvMarkdown } from "@/lib/tailor/assemble";
import { draftCoverLetter, groundLetter } from "@/lib/tailor/cover-letter";
import { unsupportedClaims } from "@/lib/tailor/grounding";
import { bulletsLeftOut, failureKinds, faithfulnessFailures, viewOfTailoredCv, type Failure, type RecordedCv } from "@/lib/tailor/faithfulness";
import { tailorWithModel } from "@/lib/tailor/model-tailor";
import { proposeTailoring } from "@/lib/tailor/propose";
import type { Tailoring } from "@/lib/tailor/types";

const args = process.argv.slice(2);
const corpusAt = args.indexOf("--corpus");
const corpus = path.resolve(corpusAt >= 0 ? args[corpusAt + 1]! : path.join(import.meta.dirname, "../../shared/corpus"));
const verbose = args.includes("--verbose");

const covers = (text: string, skill: string) => skillMatchers.find((m) => m.skill.name === skill)?.patterns.some((p) => p.test(text)) ?? false;

type Totals = {
  pairs: number;
  claimsBefore: number;
  claimsAfter: number;
  droppedJobs: number;
  coverage: number[];
  cvCoverage: number[];
  times: number[];
  failures: number;
};

async function run(
  cvs: { file: string; text: string; profile: Profile }[],
  jobs: { file: string; analysis: JobAnalysis }[],
  tailor: (cv: { text: string; profile: Profile }, job: JobAnalysis) => Promise<Tailoring & { claimsBefore?: number }>,
): Promise<Totals> {
  const totals: Totals = { pairs: 0, claimsBefore: 0, claimsAfter: 0, droppedJobs: 0, coverage: [], cvCoverage: [], times: [], failures: 0 };
  for (const cv of cvs) {
    for (const job of jobs) {
      const started = performance.now();
      let tailoring: Tailoring & { claimsBefore?: number };
      try {
        tailoring = await tailor(cv, job.analysis);
      } catch {
        totals.failures++;
        tailoring = proposeTailoring(cv.profile, job.analysis);
      }
      const tailored = assembleTailoredCv(cv.profile, tailoring);
      const markdown = tailoredCvMarkdown(tailored).replace(/^#+ /gm, "");
      const evidence = `${cv.text}\n${job.analysis.title ?? ""}\n${job.analysis.company ?? ""}`;
      const draft = draftCoverLetter(cv.profile, tailored, job.analysis);
      const { letter } = groundLetter(draft, evidence);
      totals.times.push(performance.now() - started);
      totals.pairs++;
      totals.claimsBefore += (tailoring.claimsBefore ?? unsupportedClaims(markdown, cv.text).length) + unsupportedClaims(draft, evidence).length;
      totals.claimsAfter += unsupportedClaims(markdown, cv.text).length + unsupportedClaims(letter, evidence).length;
      totals.droppedJobs += cv.profile.experience.length - tailored.experience.length;
      const required = job.analysis.requiredSkills;
      if (required.length) {
        totals.coverage.push(required.filter((s) => covers(markdown, s)).length / required.length);
        totals.cvCoverage.push(required.filter((s) => covers(cv.text, s)).length / required.length);
      }
    }
  }
  return totals;
}

function report(label: string, t: Totals) {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const coverage = mean(t.coverage);
  const cvCoverage = mean(t.cvCoverage);
  console.log(`\n${label}: ${t.pairs} CV × job pairs`);
  console.log(`unsupported claims before the grounding check: ${t.claimsBefore}`);
  console.log(`unsupported claims after the grounding check:  ${t.claimsAfter}${t.claimsAfter === 0 ? "" : "  MUST BE 0"}`);
  console.log(`jobs dropped from tailored CVs:               ${t.droppedJobs}${t.droppedJobs === 0 ? "" : "  MUST BE 0"}`);
  console.log(
    `required-skill coverage of tailored CVs:       ${(coverage * 100).toFixed(1)} % (the CVs themselves name ${(cvCoverage * 100).toFixed(1)} %; nothing beyond what the CV supports)`,
  );
  console.log(`time per pair (tailored CV + cover letter):   p50 ${percentile(t.times, 50)} ms, p95 ${percentile(t.times, 95)} ms`);
  if (t.failures) console.log(`model failures (offline tailoring used):      ${t.failures}`);
  return {
    pairs: t.pairs,
    claimsBefore: t.claimsBefore,
    claimsAfter: t.claimsAfter,
    droppedJobs: t.droppedJobs,
    requiredSkillCoverage: Math.round(coverage * 1000) / 1000,
    requiredSkillsInCvs: Math.round(cvCoverage * 1000) / 1000,
    p50Ms: percentile(t.times, 50),
    p95Ms: percentile(t.times, 95),
    failures: t.failures,
  };
}

type Recorded = RecordedCv & { file: string; textLayer?: boolean };

/** The faithful-copy check over every recorded CV with jobs, tailored offline for every posting. */
async function faithfulness(jobs: { file: string; analysis: JobAnalysis }[]) {
  const records = (JSON.parse(fs.readFileSync(path.join(corpus, "ground-truth.json"), "utf8")) as Recorded[]).filter(
    (r) => r.textLayer !== false && r.experience?.length,
  );
  const counts = Object.fromEntries(failureKinds.map((kind) => [kind, { parser: 0, tailoring: 0 }]));
  const left = { byTailoring: 0, byParser: 0 };
  const perFile = new Map<string, Map<string, { failure: Failure; postings: number }>>();
  let pairs = 0;
  for (const record of records) {
    const { lines } = await extractCvText(new Uint8Array(fs.readFileSync(path.join(corpus, record.file))), { maxBytes: 5 << 20 });
    const profile = parseProfileHeuristically(lines);
    const seen = new Map<string, { failure: Failure; postings: number }>();
    for (const job of jobs) {
      const tailoring = proposeTailoring(profile, job.analysis);
      const composedSummary = tailoring.changes.some((c) => c.id === "summary" && c.original.length === 0);
      const view = viewOfTailoredCv(assembleTailoredCv(profile, tailoring), { composedSummary });
      pairs++;
      for (const failure of faithfulnessFailures(record, lines.join("\n"), profile, view)) {
        counts[failure.kind]![failure.lostBy]++;
        const key = `${failure.kind}|${failure.lostBy}|${failure.detail}`;
        seen.set(key, { failure, postings: (seen.get(key)?.postings ?? 0) + 1 });
      }
      const out = bulletsLeftOut(record, profile, view);
      left.byTailoring += out.byTailoring;
      left.byParser += out.byParser;
    }
    perFile.set(record.file, seen);
  }
  const total = (who: "parser" | "tailoring") => Object.values(counts).reduce((sum, c) => sum + c[who], 0);
  const filesFailing = (who: "parser" | "tailoring") => [...perFile.values()].filter((m) => [...m.values()].some((f) => f.failure.lostBy === who)).length;
  console.log(`\nFaithful copy: ${records.length} recorded CVs with jobs × ${jobs.length} postings = ${pairs} tailored CVs (offline engine, every posting)`);
  console.log("failure (per tailored CV)  | lost by the parser | lost by the tailoring (a fragment: let through)");
  for (const kind of failureKinds)
    console.log(`${kind.padEnd(26)} | ${String(counts[kind]!.parser).padStart(18)} | ${String(counts[kind]!.tailoring).padStart(21)}`);
  console.log(
    `${"total".padEnd(26)} | ${String(total("parser")).padStart(18)} | ${String(total("tailoring")).padStart(21)}${total("tailoring") ? "  MUST BE 0" : ""}`,
  );
  console.log(`CVs with a failure: ${filesFailing("parser")} of ${records.length} from the parser, ${filesFailing("tailoring")} from the tailoring`);
  console.log(`recorded bullets left out: ${left.byTailoring} for relevance (older jobs, whole), ${left.byParser} never parsed`);
  if (verbose)
    for (const [file, seen] of perFile)
      for (const { failure, postings } of seen.values())
        console.log(`  ${file} ${failure.kind} (${failure.lostBy}, ${postings}/${jobs.length} postings): ${failure.detail}`);
  return {
    cvs: records.length,
    pairs,
    failures: Object.fromEntries(failureKinds.map((kind) => [kind, counts[kind]])),
    lostByParser: total("parser"),
    lostByTailoring: total("tailoring"),
    cvsFailingByParser: filesFailing("parser"),
    cvsFailingByTailoring: filesFailing("tailoring"),
    bulletsLeftOutForRelevance: left.byTailoring,
    bulletsNeverParsed: left.byParser,
  };
}

async function main() {
  const cvs: { file: string; text: string; profile: Profile }[] = [];
  for (const file of fs.readdirSync(path.join(corpus, "resumes")).sort()) {
    try {
      const { lines } = await extractCvText(new Uint8Array(fs.readFileSync(path.join(corpus, "resumes", file))), { maxBytes: 5 << 20 });
      cvs.push({ file, text: lines.join("\n"), profile: parseProfileHeuristically(lines) });
    } catch {
      // Scanned and protected CVs have no text to tailor; bench:parse reports them.
    }
  }
  const jobs: { file: string; analysis: JobAnalysis }[] = [];
  for (const file of fs.readdirSync(path.join(corpus, "jobs")).sort()) {
    jobs.push({
      file,
      analysis: analyzePosting(await readPostingFile(new Uint8Array(fs.readFileSync(path.join(corpus, "jobs", file))), { maxBytes: 5 << 20 })),
    });
  }
  console.log(`Tailoring benchmark: ${cvs.length} CVs with text × ${jobs.length} job postings from ${corpus}`);
  const offline = report("Offline engine", await run(cvs, jobs, async (cv, job) => proposeTailoring(cv.profile, job)));
  const llm = configuredModel();
  const rewrite = (route: ModelRoute) => async (cv: { text: string; profile: Profile }, job: JobAnalysis) => {
    const { tailoring, claimsBefore } = await tailorWithModel(route, cv.profile, cv.text, job);
    return { ...tailoring, claimsBefore };
  };
  const model = llm ? report(`Model rewrite (${llm.id}), then the grounding check`, await run(cvs, jobs, rewrite(llm.route))) : null;
  if (!llm) console.log("\nModel rewrite: not run (set GROQ_API_KEY, or OLLAMA_BASE_URL and OLLAMA_MODEL).");
  const faithful = await faithfulness(jobs);
  const ok =
    offline.claimsAfter === 0 &&
    offline.droppedJobs === 0 &&
    (!model || (model.claimsAfter === 0 && model.droppedJobs === 0)) &&
    faithful.lostByTailoring === 0;
  console.log(
    ok
      ? "\nNo unsupported claim, no dropped job, and nothing of the profile lost or cut by the tailoring."
      : "\nUNSUPPORTED CLAIMS, DROPPED JOBS OR CONTENT LOST BY THE TAILORING REMAIN.",
  );
  console.log(JSON.stringify({ cvs: cvs.length, jobs: jobs.length, offline, model: llm ? { model: llm.id, ...model } : null, faithful, ok }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
