// Gender-coded words from Gaucher, Friesen & Kay (2011), "Evidence that gendered wording in job
// advertisements exists and sustains gender inequality", Journal of Personality and Social
// Psychology 101(1), as listed in its appendix (stems end in *).
export const masculineCoded = [
  "active", "adventurous", "aggress*", "ambitio*", "analy*", "assert*", "athlet*", "autonom*", "boast*", "challeng*",
  "compet*", "confident", "courag*", "decisive", "determin*", "dominant", "domina*", "force*", "greedy", "headstrong",
  "hierarch*", "hostil*", "impulsive", "independen*", "individual*", "intellect*", "lead*", "logic", "masculine",
  "objective", "opinion", "outspoken", "persist", "principle*", "reckless", "stubborn", "superior", "self-confiden*",
  "self-relian*", "self-sufficien*",
];

export const feminineCoded = [
  "affectionate", "child*", "cheer*", "commit*", "communal", "compassion*", "connect*", "considerate", "cooperat*",
  "depend*", "emotiona*", "empath*", "feminine", "flatterable", "gentle", "honest", "interpersonal", "interdependen*",
  "interpersona*", "kind", "kinship", "loyal*", "modesty", "nag", "nurtur*", "pleasant*", "polite", "quiet*", "respon*",
  "sensitiv*", "submissive", "support*", "sympath*", "tender*", "together*", "trust*", "understand*", "warm*", "whin*", "yield*",
];

/** Phrases that shut out older, disabled or non-"tribe" candidates, with what to write instead. */
export const exclusionaryPhrases: { term: string; kind: "ageist" | "ableist" | "jargon"; suggestion: string }[] = [
  { term: "young", kind: "ageist", suggestion: "describe the work, not the age (e.g. “curious”, “eager to learn”)" },
  { term: "youthful", kind: "ageist", suggestion: "“energetic team culture” → describe how the team works" },
  { term: "digital native*", kind: "ageist", suggestion: "“confident with digital tools”" },
  { term: "recent graduate*", kind: "ageist", suggestion: "“early-career” or state the experience needed" },
  { term: "fresh graduate*", kind: "ageist", suggestion: "“early-career” or state the experience needed" },
  { term: "new grad*", kind: "ageist", suggestion: "“early-career” or state the experience needed" },
  { term: "overqualified", kind: "ageist", suggestion: "state the level of the role instead" },
  { term: "able-bodied", kind: "ableist", suggestion: "state the actual physical task, if the job really needs it" },
  { term: "must be able to stand", kind: "ableist", suggestion: "describe the task and offer adjustments" },
  { term: "must be able to walk", kind: "ableist", suggestion: "describe the task and offer adjustments" },
  { term: "crazy", kind: "ableist", suggestion: "“very”, “intense” or “surprising”" },
  { term: "insane*", kind: "ableist", suggestion: "“remarkable” or “intense”" },
  { term: "lame", kind: "ableist", suggestion: "“weak” or “unconvincing”" },
  { term: "tone-deaf", kind: "ableist", suggestion: "“out of touch”" },
  { term: "sanity check*", kind: "ableist", suggestion: "“quick check” or “confidence check”" },
  { term: "blind spot*", kind: "ableist", suggestion: "“gap” or “oversight”" },
  { term: "rockstar*", kind: "jargon", suggestion: "name the skill (e.g. “experienced engineer”)" },
  { term: "rock star*", kind: "jargon", suggestion: "name the skill (e.g. “experienced engineer”)" },
  { term: "ninja*", kind: "jargon", suggestion: "name the skill (e.g. “expert in…”)" },
  { term: "guru*", kind: "jargon", suggestion: "“specialist”" },
  { term: "wizard*", kind: "jargon", suggestion: "“expert”" },
  { term: "unicorn*", kind: "jargon", suggestion: "list the few skills that truly matter" },
  { term: "superstar*", kind: "jargon", suggestion: "“high-performing”" },
  { term: "work hard, play hard", kind: "jargon", suggestion: "describe working hours and culture plainly" },
  { term: "hustle", kind: "jargon", suggestion: "describe the pace and hours plainly" },
  { term: "crush it", kind: "jargon", suggestion: "“do excellent work”" },
];

/** Feedback about who someone is rather than what they did. */
export const personalityWords = [
  "abrasive", "aggressive", "arrogant", "bossy", "difficult", "emotional", "shrill", "lazy", "attitude", "personality",
  "temperament", "hysterical", "not a team player", "lacks confidence", "too nice", "too quiet", "cold", "moody",
];

export const superlatives = ["best", "always", "never", "outstanding", "exceptional", "perfect*", "greatest", "incredibl*", "amazing", "flawless*", "brilliant", "world-class"];
