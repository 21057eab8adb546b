import type { CvMap, MappedJob } from "@/lib/chat/offline/cv-map";
import { answer, notInCv, piece, type Draft, type Piece } from "@/lib/chat/offline/compose";
import { isHeadingLine, jobContext, quotedPiece } from "@/lib/chat/offline/evidence";
import { saysAny, wordList, wordsFor } from "@/lib/chat/offline/words";

// "What are her strongest achievements?": the lines that read most like a result, a verb of
// making something better or new, best with a figure, quoted under the job they belong to.

const resultVerbs = wordList(`increased increasing raised grew grown doubled tripled boosted expanded
  reduced cut cutting lowered decreased saved saving halved
  launched built created founded introduced automated delivered designed implemented established opened developed
  improved improving optimised optimized streamlined transformed modernised modernized
  won awarded award awards prize winner winning best record exceeded achieved generated secured promoted recognised recognized
  aumento aumente aumentamos reduje redujo reducir implante implemente logre lance cree gane mejore mejoro
  augmente reduit lance cree gagne ameliore obtenu mis_en_place
  erhoht gesenkt reduziert eingefuhrt aufgebaut gewonnen verbessert`);

/** How much a line reads like an achievement: a result verb is needed; a figure and being a job's item add to it. */
export function achievementScore(text: string, isItem: boolean): number {
  if (!saysAny(wordsFor(text), resultVerbs)) return 0;
  return 2 + (/\d/u.test(text) ? 2 : 0) + (/%/u.test(text) ? 1 : 0) + (isItem ? 1 : 0);
}

export function achievements(map: CvMap, scope: MappedJob[]): Draft {
  const jobs = scope.length ? scope : map.jobs;
  const inJob = (line: number) => jobs.some((j) => line > j.first && line <= j.last);
  const found: { line: number; score: number }[] = [];
  for (let line = 1; line <= map.lines.length; line++) {
    if (map.excluded.has(line) || map.sectionOf[line] === "contact" || map.sectionOf[line] === "summary" || isHeadingLine(map, line)) continue;
    if (scope.length && !inJob(line)) continue;
    const score = achievementScore(map.lines[line - 1]!, map.jobItems.has(line) || inJob(line));
    if (score) found.push({ line, score });
  }
  const chosen = found
    .sort((a, b) => b.score - a.score || a.line - b.line)
    .slice(0, 3)
    .sort((a, b) => a.line - b.line);
  if (!chosen.length) return notInCv(piece("The CV does not state achievements or results, only duties."));
  const pieces: Piece[] = [piece("The CV's strongest stated results:")];
  let lastContext = "";
  for (const { line } of chosen) {
    // The job is named for context but not cited: its heading holds none of the result.
    const context = jobContext(map, line, false);
    if (context && context.text !== lastContext) pieces.push(context);
    lastContext = context?.text ?? "";
    pieces.push(quotedPiece(map, [line], "", "."));
  }
  return answer(...pieces);
}
