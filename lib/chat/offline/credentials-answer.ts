import type { CvMap } from "@/lib/chat/offline/cv-map";
import { answer, notInCv, piece, type Draft } from "@/lib/chat/offline/compose";
import { isGrammarWord } from "@/lib/chat/offline/terms";
import { wordsOf, type Words } from "@/lib/chat/offline/words";
import type { Profile, Sourced } from "@/lib/cv/profile";

// Certifications and licences as the CV lists them, narrowed to the ones a question names.

const listWords = new Set("certified certification certifications certificate certificates year years list each every which all hold holds does".split(" "));

// A date on its own line ("2020", "Sep 2020") closes a credential laid out as name, issuer, date.
const dateOnly = /^(?:\p{L}{3,9}\.?\s)?(?:19|20)\d\d$/u;
// A sentence in the list means the section ran on into prose the parser took for credentials.
// Credential names are mostly capitalised words; prose is mostly small ones.
const isProse = (value: string) => {
  const words = value.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.length >= 8 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= words.length / 2;
};

/** Credentials as the CV lays them out: each name, with the issuer and date lines after it as details. */
function credentialGroups(values: Sourced[]): { name: Sourced; details: string[] }[] {
  const kept: Sourced[] = [];
  for (const value of values) {
    if (isProse(value.value)) break;
    kept.push(value);
  }
  if (!kept.some((v) => dateOnly.test(v.value.trim()))) return kept.map((name) => ({ name, details: [] }));
  const groups: { name: Sourced; details: string[] }[] = [];
  let open: { name: Sourced; details: string[] } | null = null;
  for (const value of kept) {
    if (!open) groups.push((open = { name: value, details: [] }));
    else open.details.push(value.value);
    if (dateOnly.test(value.value.trim())) open = null;
  }
  return groups;
}

export function certifications(profile: Profile, map: CvMap, words: Words): Draft {
  const groups = credentialGroups(profile.certifications);
  // "Which AWS certifications": keep the ones naming the words the question adds.
  const asked = (text: string) => wordsOf(text).some((w) => w.length >= 3 && words.set.has(w) && !isGrammarWord(w) && !listWords.has(w));
  const named = groups.filter((g) => asked([g.name.value, ...g.details].join(" ")));
  const chosen = named.length ? named : groups;
  if (!chosen.length) return notInCv(piece("The CV does not say the candidate holds any certification."));
  return answer(
    piece("Certifications listed:"),
    ...chosen.map((g, i) =>
      piece(`${g.name.value}${g.details.length ? ` (${g.details.join(", ")})` : ""}${i === chosen.length - 1 ? "." : ";"}`, [map.lineOf(g.name)]),
    ),
  );
}
