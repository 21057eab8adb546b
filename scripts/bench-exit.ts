// `tsx --tsconfig tsconfig.json scripts/bench-exit.ts [--corpus <dir>] [--verbose] [--folds <k>]`: runs the exit-
// interview analysis over <corpus>/exit-interviews (answers.json, transcripts.json) and prints the
// figures the set's README asks for: sentiment with its confusion matrix (ironic and non-English
// answers apart), intensity error, themes, vague answers, masking, and per-interview summaries,
// then a pass/fail line per budget. `--verbose` lists every miss. `--folds k` adds a k-fold
// cross-validation of the sentiment thresholds and rules (slow: every setting is scored). The last
// line printed is one JSON object with every figure.
import fs from "node:fs";
import path from "node:path";
import { offlineAnalyser, type Analyser } from "@/lib/exit/accuracy/analyser";
import { budgetsOf } from "@/lib/exit/accuracy/budgets";
import { crossValidate, type CrossValidation } from "@/lib/exit/accuracy/cross-validate";
import { answersFileSchema, transcriptsFileSchema } from "@/lib/exit/accuracy/corpus";
import type { Prf } from "@/lib/exit/accuracy/metrics";
import { scoreAnswers, sentimentLabels, type AnswerFigures } from "@/lib/exit/accuracy/score-answers";
import { scoreTranscript, transcriptFigures, type TranscriptFigures } from "@/lib/exit/accuracy/score-transcripts";
import { maskTypes } from "@/lib/exit/analysis/mask/spans";
import { themeIds } from "@/lib/exit/analysis/theme-ids";

const args = process.argv.slice(2);
const corpusAt = args.indexOf("--corpus");
const corpus = path.resolve(corpusAt >= 0 ? args[corpusAt + 1]! : path.join(import.meta.dirname, "../../shared/corpus"));
const verbose = args.includes("--verbose");
const foldsAt = args.indexOf("--folds");
const folds = foldsAt >= 0 ? Number(args[foldsAt + 1]) : 0;
if (foldsAt >= 0 && !(Number.isInteger(folds) && folds >= 2)) throw new Error("--folds needs a whole number of folds, 2 or more (e.g. --folds 5)");
const analyser: Analyser = offlineAnalyser;

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(corpus, "exit-interviews", file), "utf8"));
const pct = (n: number) => (Number.isNaN(n) ? "   –  " : `${(n * 100).toFixed(1).padStart(5)}%`);
const num = (n: number) => (Number.isNaN(n) ? "–" : n.toFixed(3));
const prfLine = (p: Prf) => `P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${num(p.f1)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;

function table(rows: string[][]) {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join(" | "));
}

function printAnswers(f: AnswerFigures) {
  console.log(`\n== answers (${f.items}) ==`);
  console.log(`sentiment accuracy ${pct(f.sentiment.accuracy)}, macro-F1 ${num(f.sentiment.macroF1)}`);
  table([
    ["expected \\ got", ...sentimentLabels, "F1"],
    ...sentimentLabels.map((row) => [row, ...sentimentLabels.map((col) => String(f.sentiment.confusion[row][col])), num(f.sentiment.byLabel[row].f1)]),
  ]);
  const sub = (s: { right: number; of: number }) => `${s.right}/${s.of} ${pct(s.right / s.of)}`;
  console.log(`sarcastic or ironic: ${sub(f.sentiment.sarcastic)}; other languages: ${sub(f.sentiment.otherLanguages)}`);
  console.log(`intensity MAE (sentiment right): ${num(f.intensityMae)}`);
  console.log(`themes micro: ${prfLine(f.themes.micro)}; macro-F1 ${num(f.themes.macroF1)}`);
  table([
    ["theme", "P", "R", "F1", "tp", "fp", "fn"],
    ...themeIds.map((id) => {
      const t = f.themes.byTheme[id];
      return [id, pct(t.precision), pct(t.recall), num(t.f1), String(t.tp), String(t.fp), String(t.fn)];
    }),
  ]);
  console.log(`vague: ${prfLine(f.vague)}`);
  const m = f.masking;
  console.log(
    `masking recall: ${maskTypes
      .filter((t) => m.recallByType[t].of)
      .map((t) => `${t} ${m.recallByType[t].masked}/${m.recallByType[t].of}`)
      .join(", ")}; precision ${m.precision.precise}/${m.precision.of} ${pct(m.precision.precision)}`,
  );
  if (verbose) {
    for (const miss of f.misses) console.log(`  miss ${miss.id}: ${miss.what}`);
    for (const span of m.misses) console.log(`  unmasked ${span.type}: ${span.text}`);
    for (const piece of m.overMasked) console.log(`  over-masked ${piece}`);
  }
}

function printTranscripts(f: TranscriptFigures) {
  console.log(`\n== transcripts (${f.items}) ==`);
  table([
    ["id", "sentiment", "themes tp/fp/fn", "reasons", "stay", "masked", "special"],
    ...f.scores.map((s) => [
      s.id,
      `${s.summary.sentiment ?? "null"} ${s.sentimentMatch ? "ok" : "MISS"}`,
      `${s.themes.tp}/${s.themes.fp}/${s.themes.fn}`,
      `${s.reasonRecall.found}/${s.reasonRecall.of}`,
      s.stayAgrees ? "ok" : "MISS",
      `${s.maskedAbsent.absent}/${s.maskedAbsent.of}`,
      s.special.map((c) => `${c.what}: ${c.held ? "ok" : "FAIL"}`).join("; "),
    ]),
  ]);
  console.log(
    `sentiment match ${pct(f.sentimentMatch)}; themes ${prfLine(f.themes)}; reason recall ${pct(f.reasonRecall)}; wouldHaveStayedIf agreement ${pct(f.stayAgreement)}; mask spans absent ${pct(f.maskedAbsent)}; special cases ${f.specialCases.held}/${f.specialCases.of}`,
  );
  if (verbose) for (const s of f.scores) console.log(`  ${s.id}: ${JSON.stringify(s.summary)}`);
}

const answers = answersFileSchema.parse(readJson("answers.json"));
const transcripts = transcriptsFileSchema.parse(readJson("transcripts.json"));
const started = performance.now();
const analyses = [];
for (const item of answers) analyses.push(await analyser.analyseAnswer(item.question, item.answer));
const answerFigures = scoreAnswers(answers, analyses);
const scores = [];
// The analyser must notice a withdrawal itself: the label is only used to score the result.
for (const t of transcripts) scores.push(scoreTranscript(t, await analyser.summarise(t.turns, { withdrawn: false })));
const transcriptFiguresAll = transcriptFigures(scores);
const elapsedMs = Math.round(performance.now() - started);

console.log(`exit-interview bench: analyser ${analyser.name}, corpus ${corpus}, ${elapsedMs} ms`);
printAnswers(answerFigures);
printTranscripts(transcriptFiguresAll);
function printCrossValidation(cv: CrossValidation) {
  console.log(`\n== sentiment cross-validation (${cv.folds.length} folds) ==`);
  table([
    ["fold", "chosen on the other folds", "train F1", "test F1"],
    ...cv.folds.map((f) => [String(f.fold), JSON.stringify(f.chosen), num(f.trainF1), num(f.testF1)]),
  ]);
  console.log(`mean test macro-F1 ${num(cv.meanTestF1)}`);
  table([
    ["rule switched off", "folds it helped", "folds it hurt", "mean test F1 it adds"],
    ...cv.rules.map((r) => [r.rule, String(r.helped), String(r.hurt), num(r.meanDelta)]),
  ]);
}
const crossValidation = folds ? crossValidate(answers, folds) : null;
if (crossValidation) printCrossValidation(crossValidation);
const budgets = budgetsOf(answerFigures);
console.log("\n== budgets ==");
for (const b of budgets) console.log(`${b.passed ? "PASS" : "FAIL"} ${b.name}: ${num(b.value)} (floor ${b.floor})`);

const { misses: _answerMisses, masking, ...answerRest } = answerFigures;
const { misses: _maskMisses, overMasked: _overMasked, ...maskingRest } = masking;
const { scores: _scores, ...transcriptRest } = transcriptFiguresAll;
console.log(
  JSON.stringify({
    analyser: analyser.name,
    corpus,
    elapsedMs,
    answers: { ...answerRest, masking: maskingRest },
    transcripts: transcriptRest,
    ...(crossValidation ? { crossValidation } : {}),
    budgets,
    allBudgetsPassed: budgets.every((b) => b.passed),
  }),
);
