// `npm run bench:fit [-- --corpus <dir>] [-- --verbose]`: scores every CV × posting pair of a corpus laid
// out like ../shared/corpus (fit-bands.json, resumes/, jobs/) through the app's own path (CV text →
// offline parser, posting file → analysis → fit, "present" = November 2026) and prints band accuracy
// (macro-averaged over the bands), per-band recall, the Spearman correlation between score and band,
// gap recall and a confusion table. The last line is one JSON object with the same figures.
import fs from "node:fs";
import path from "node:path";
import { extractCvText } from "@/lib/cv/extract/extract-cv-text";
import { parseProfileHeuristically } from "@/lib/cv/parse/heuristic";
import type { Profile } from "@/lib/cv/profile";
import { computeFit, type Fit } from "@/lib/fit/fit";
import { spearman } from "@/lib/fit/rank-correlation";
import { levelIn } from "@/lib/fit/requirements/education";
import { folded } from "@/lib/fit/requirements/phrase";
import { alternativesOf } from "@/lib/fit/requirements/skills";
import { analyzePosting, type JobAnalysis } from "@/lib/jobs/analyze";
import { readPostingFile } from "@/lib/jobs/read-posting-file";
import { canonicalSkill } from "@/lib/skills/catalog";

const args = process.argv.slice(2);
const corpusAt = args.indexOf("--corpus");
const corpus = path.resolve(corpusAt >= 0 ? args[corpusAt + 1]! : path.join(import.meta.dirname, "../../shared/corpus"));
const verbose = args.includes("--verbose");
const now = new Date(Date.UTC(2026, 10, 15));
const budgets = { macroBandAccuracy: 0.75, spearman: 0.7, gapRecall: 0.7 };
const bands = ["none", "partial", "strong"] as const;
type Band = (typeof bands)[number];
type Pair = { cv: string; job: string; band: Band; gaps: string[] };

/** The band a score falls in; 31–34 falls in none and counts as wrong everywhere. */
function bandOf(score: number): Band | null {
  if (score >= 70) return "strong";
  if (score >= 35) return "partial";
  return score <= 30 ? "none" : null;
}

const keyOf = (label: string) => canonicalSkill(label)?.name ?? folded(label).trim();

/** Whether the fit reports a labelled gap as missing or partly met: years and education by kind, anything else by name, alias-aware. */
function reportsGap(fit: Fit, gap: string): boolean {
  const notMet = fit.requirements.filter((r) => r.status === "missing" || r.status === "partial");
  if (/\d\+?\s?(?:years?|yrs?|años|ans|jahre)\b/i.test(gap)) return notMet.some((r) => r.kind === "years" || r.kind === "capacity");
  const wanted = keyOf(gap);
  if (notMet.some((r) => alternativesOf(r.label).some((member) => keyOf(member) === wanted) || keyOf(r.label) === wanted)) return true;
  return levelIn(gap) !== null && notMet.some((r) => r.kind === "education");
}

async function main() {
  const labels = JSON.parse(fs.readFileSync(path.join(corpus, "fit-bands.json"), "utf8")) as { pairs: Pair[] };
  const profiles = new Map<string, Profile | Error>();
  const postings = new Map<string, JobAnalysis | Error>();
  for (const file of new Set(labels.pairs.map((p) => p.cv))) {
    try {
      const text = await extractCvText(new Uint8Array(fs.readFileSync(path.join(corpus, file))), { maxBytes: 5 * 1024 * 1024 });
      profiles.set(file, parseProfileHeuristically(text.lines));
    } catch (error) {
      profiles.set(file, error as Error);
    }
  }
  for (const file of new Set(labels.pairs.map((p) => p.job))) {
    try {
      postings.set(file, analyzePosting(await readPostingFile(new Uint8Array(fs.readFileSync(path.join(corpus, file))), { maxBytes: 5 * 1024 * 1024 })));
    } catch (error) {
      postings.set(file, error as Error);
    }
  }
  const confusion = Object.fromEntries(bands.map((b) => [b, { none: 0, partial: 0, strong: 0, between: 0 }])) as Record<Band, Record<Band | "between", number>>;
  const scores: number[] = [];
  const orders: number[] = [];
  const gaps = { found: 0, of: 0 };
  const failures: string[] = [];
  for (const pair of labels.pairs) {
    const profile = profiles.get(pair.cv)!;
    const posting = postings.get(pair.job)!;
    if (profile instanceof Error || posting instanceof Error)
      failures.push(`${pair.cv} × ${pair.job}: ${(profile instanceof Error ? profile : (posting as Error)).message.slice(0, 80)}`);
    // A pair that could not be read scores nothing: it counts in the none band.
    const fit = profile instanceof Error || posting instanceof Error ? null : computeFit(profile, posting, { now });
    const score = fit?.score ?? 0;
    const predicted = bandOf(score);
    confusion[pair.band][predicted ?? "between"]++;
    scores.push(score);
    orders.push(bands.indexOf(pair.band));
    const missed = pair.band === "none" || !fit ? [] : pair.gaps.filter((gap) => !reportsGap(fit, gap));
    if (pair.band !== "none") {
      gaps.of += pair.gaps.length;
      gaps.found += pair.gaps.length - missed.length;
    }
    if (verbose && (predicted !== pair.band || missed.length))
      console.log(
        `${predicted === pair.band ? "ok   " : "WRONG"} ${String(score).padStart(3)} ${pair.band.padEnd(7)} ${pair.cv} × ${pair.job}${fit?.cap ? ` (capped: ${fit.cap.limit})` : ""}${missed.length ? `\n      gaps not reported: ${missed.join(", ")}` : ""}`,
      );
  }
  const recall = Object.fromEntries(
    bands.map((b) => {
      const row = confusion[b];
      const total = row.none + row.partial + row.strong + row.between;
      return [b, total ? row[b] / total : NaN];
    }),
  ) as Record<Band, number>;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const present = bands.filter((b) => !Number.isNaN(recall[b]));
  const macro = present.reduce((sum, b) => sum + recall[b], 0) / present.length;
  const rho = spearman(scores, orders);
  const gapRecall = gaps.of ? gaps.found / gaps.of : NaN;
  const met = macro >= budgets.macroBandAccuracy && rho >= budgets.spearman && gapRecall >= budgets.gapRecall;

  console.log(`\nFit bands: ${labels.pairs.length} pairs in ${corpus} ("present" = November 2026)`);
  console.log("labelled \\ scored | none | partial | strong | 31–34 | recall");
  for (const b of bands) {
    const row = confusion[b];
    console.log(
      `${b.padEnd(17)} | ${String(row.none).padStart(4)} | ${String(row.partial).padStart(7)} | ${String(row.strong).padStart(6)} | ${String(row.between).padStart(5)} | ${(recall[b] * 100).toFixed(0).padStart(4)} %`,
    );
  }
  console.log(`band accuracy (mean of per-band recalls): ${(macro * 100).toFixed(1)} % (budget ≥ ${budgets.macroBandAccuracy * 100} %)`);
  console.log(`Spearman (score vs none < partial < strong): ${rho.toFixed(3)} (budget ≥ ${budgets.spearman})`);
  console.log(`gap recall: ${gaps.found}/${gaps.of} = ${(gapRecall * 100).toFixed(1)} % (budget ≥ ${budgets.gapRecall * 100} %)`);
  for (const f of failures) console.log(`  failed: ${f}`);
  console.log(met ? "Budget met." : "Budget NOT met.");
  console.log(
    JSON.stringify({
      pairs: labels.pairs.length,
      corpus,
      macroBandAccuracy: round(macro),
      recall: Object.fromEntries(bands.map((b) => [b, round(recall[b])])),
      spearman: round(rho),
      gapRecall: round(gapRecall),
      confusion,
      failed: failures.length,
      budgetMet: met,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
