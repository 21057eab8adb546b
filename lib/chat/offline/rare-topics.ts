import type { CvMap } from "@/lib/chat/offline/cv-map";
import { answer, piece, quote, type Draft } from "@/lib/chat/offline/compose";
import { notInCvAbout } from "@/lib/chat/offline/declines";
import { saysAny, wordList, wordsFor, type WordList } from "@/lib/chat/offline/words";

// Subjects a CV seldom holds (a work permit, a notice period, a driving licence): answered from the
// line that states one, in any of the languages read, and otherwise "the CV does not say".

/** How a CV line states each subject; only subjects a CV may state are listed. */
const statedAs: Record<string, WordList> = {
  notice: wordList(`notice_period kundigungsfrist preaviso preavis`),
  permit: wordList(
    `visa work_permit right_to_work citizenship citizen green_card permanent_resident arbeitserlaubnis nationality nationalite nacionalidad staatsangehorigkeit`,
  ),
  relocation: wordList(`relocate relocation willing_to_relocate open_to_relocation`),
  licence: wordList(
    `driving_licence driving_license driver_s_license drivers_license fuhrerschein permis_de_conduire permis_b carnet_de_conducir carta_de_conducao`,
  ),
  availability: wordList(`available_from available_immediately availability disponible_immediatement verfugbar_ab`),
  references: wordList(`references_available references_on_request referees`),
};

export function rareTopicAnswer(map: CvMap, topic: string): Draft {
  const stated = statedAs[topic];
  if (stated) {
    const lines: number[] = [];
    for (let line = 1; line <= map.lines.length && lines.length < 2; line++)
      if (!map.excluded.has(line) && saysAny(wordsFor(map.lines[line - 1]!), stated)) lines.push(line);
    if (lines.length) return answer(...lines.map((line) => piece(`The CV says ${quote(map.lines[line - 1]!)}.`, [line])));
  }
  if (topic === "publications") {
    const listed = map.sectionOf.flatMap((kind, line) => (kind === "publications" && !map.excluded.has(line) ? [line] : []));
    if (listed.length) return answer(piece("Publications listed:"), ...listed.slice(0, 8).map((line) => piece(`${quote(map.lines[line - 1]!)};`, [line])));
  }
  return notInCvAbout(topic);
}
