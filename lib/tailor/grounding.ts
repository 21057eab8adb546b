import { skillMentions } from "@/lib/skills/mentions";
import { charClass, trimEndWhere, trimStartWhere } from "@/lib/text/trim";
import { wholeWordIndex } from "@/lib/text/whole-words";

// The promise of the tailored CV and the cover letter: every fact in them is in the user's CV. A
// fact here is a skill from the catalogue, a number (years, percentages, counts, money, dates) or a
// proper name (employers, schools, degrees, places). Anything of these kinds that the CV does not
// contain is an unsupported claim.

export type ClaimKind = "skill" | "number" | "name";
export type Claim = { kind: ClaimKind; claim: string; sentence: string };

const commonCapitalised = new Set(
  `i i'm i've i'd i'll a an the my our your we you he she they it this that these those in on at for to of and or but with as by from
   dear hello hi regards sincerely kind best thank thanks yours faithfully truly team hiring manager recruiter
   summary skills experience education certifications languages projects present current
   january february march april may june july august september october november december
   monday tuesday wednesday thursday friday saturday sunday
   estimado estimada estimados atentamente saludos cordiales equipo sehr geehrte geehrter damen herren freundlichen grüßen
   madame monsieur cordialement prezados prezada atenciosamente cumprimentos`.split(/\s+/),
);

function sentencesOf(text: string): string[] {
  // A list marker is not part of the sentence: the word after it is the sentence's first.
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim().replace(/^[-•*◦]\s+/, ""))
    .filter(Boolean);
}

const notLetterOrDigit = charClass(/[^\p{L}\p{N}]/u);
const wordTail = charClass(/[^\p{L}\p{N}&.]/u);
const numberTail = charClass(/[\s%+]/);

/** A fact that the evidence must hold: a skill it must name, or a word or figure it must contain. */
type Candidate = { kind: ClaimKind; claim: string; sentence: string } & ({ skill: string } | { term: string });

function candidatesIn(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of sentencesOf(text)) {
    for (const [skill, { wording }] of skillMentions(sentence)) out.push({ kind: "skill", claim: wording, sentence, skill });
    // "10M+", "50K", "4.2x", "30%": the number with its unit letter must stand in the CV as written.
    // Digits inside words ("B2B", "x86", "posquit0") are part of a name, not a figure.
    for (const number of sentence.match(/(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)*(?:[KkMmBbx](?![\p{L}\p{N}]))?\+?\s?%?(?![\p{L}\p{N}])/gu) ?? []) {
      out.push({ kind: "number", claim: number.trim(), sentence, term: trimEndWhere(number, numberTail).trim() });
    }
    sentence.split(/\s+/).forEach((raw, index) => {
      const word = trimEndWhere(trimStartWhere(raw, notLetterOrDigit), wordTail).replace(/\.$/, "");
      if (!word || !/^\p{Lu}/u.test(word)) return;
      // The first word of a sentence is capitalised anyway; it counts only when it is an acronym.
      if (index === 0 && !/^\p{Lu}{2,}/u.test(word)) return;
      if (commonCapitalised.has(word.toLowerCase())) return;
      out.push({ kind: "name", claim: word, sentence, term: word });
    });
  }
  return out;
}

/** Checks texts against one evidence text, which is read once for all of them. */
function claimCheckerFor(evidence: string): (texts: readonly string[]) => Claim[][] {
  // A CV wraps its lines anywhere: a skill of several words may run over a line break ("natural
  // language / processing"), and a bullet the parser joined names it whole. Names have single
  // spaces, so the evidence is read with every run of white space as one.
  const namedSkills = new Set(skillMentions(evidence.replace(/\s+/g, " ")).keys());
  const words = wholeWordIndex(evidence);
  return (texts) => {
    const candidates = texts.map(candidatesIn);
    const held = words.wholeWordsAmong(candidates.flat().flatMap((c) => ("term" in c ? [c.term] : [])));
    return candidates.map((list) => {
      const claims: Claim[] = [];
      const seen = new Set<string>();
      for (const candidate of list) {
        const supported = "skill" in candidate ? namedSkills.has(candidate.skill) : held.has(candidate.term);
        const key = `${candidate.kind}:${candidate.claim.toLowerCase()}`;
        if (supported || seen.has(key)) continue;
        seen.add(key);
        claims.push({ kind: candidate.kind, claim: candidate.claim, sentence: candidate.sentence });
      }
      return claims;
    });
  };
}

// The check is often run line by line against the same CV; the last CV read is kept, so it is read once.
let lastChecker: { evidence: string; check: ReturnType<typeof claimCheckerFor> } | null = null;

/**
 * For each text, the claims in it that `evidence` (the CV's text, plus anything the user legitimately
 * knows from elsewhere, such as the posting's company and title) does not support.
 */
export function unsupportedClaimsOfEach(texts: readonly string[], evidence: string): Claim[][] {
  if (lastChecker?.evidence !== evidence) lastChecker = { evidence, check: claimCheckerFor(evidence) };
  return lastChecker.check(texts);
}

/** The claims in `text` that `evidence` does not support. */
export function unsupportedClaims(text: string, evidence: string): Claim[] {
  return unsupportedClaimsOfEach([text], evidence)[0]!;
}
