import { skillMatchers } from "@/lib/skills/catalog";

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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const containsToken = (haystack: string, token: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(token)}(?![\\p{L}\\p{N}])`, "iu").test(haystack);

function sentencesOf(text: string): string[] {
  // A list marker is not part of the sentence: the word after it is the sentence's first.
  return text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim().replace(/^[-•*◦]\s+/, "")).filter(Boolean);
}

/**
 * The claims in `text` that `evidence` (the CV's text, plus anything the user legitimately knows
 * from elsewhere, such as the posting's company and title) does not support.
 */
export function unsupportedClaims(text: string, evidence: string): Claim[] {
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const add = (kind: ClaimKind, claim: string, sentence: string) => {
    const key = `${kind}:${claim.toLowerCase()}`;
    if (!seen.has(key)) {
      seen.add(key);
      claims.push({ kind, claim, sentence });
    }
  };
  for (const sentence of sentencesOf(text)) {
    for (const { skill, patterns } of skillMatchers) {
      const match = patterns.map((p) => p.exec(sentence)).find((m) => m !== null);
      if (match && !patterns.some((p) => p.test(evidence))) add("skill", match[0] ?? skill.name, sentence);
    }
    // "10M+", "50K", "4.2x", "30%": the number with its unit letter must stand in the CV as written.
    // Digits inside words ("B2B", "x86", "posquit0") are part of a name, not a figure.
    for (const number of sentence.match(/(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)*(?:[KkMmBbx](?![\p{L}\p{N}]))?\+?\s?%?(?![\p{L}\p{N}])/gu) ?? []) {
      const bare = number.replace(/[\s%+]+$/g, "").trim();
      if (!containsToken(evidence, bare)) add("number", number.trim(), sentence);
    }
    const words = sentence.split(/\s+/);
    words.forEach((raw, index) => {
      const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}&.]+$/gu, "").replace(/\.$/, "");
      if (!word || !/^\p{Lu}/u.test(word)) return;
      // The first word of a sentence is capitalised anyway; it counts only when it is an acronym.
      if (index === 0 && !/^\p{Lu}{2,}/u.test(word)) return;
      if (commonCapitalised.has(word.toLowerCase())) return;
      if (!containsToken(evidence, word)) add("name", word, sentence);
    });
  }
  return claims;
}
