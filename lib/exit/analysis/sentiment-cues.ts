import type { Lexicon } from "@/lib/exit/analysis/lexicon";

// Cue lists for telling whether an answer needs a follow-up question (see vague.ts): complaints in
// workplace words, lukewarm verdicts, hedges and scoffs.

/** Complaints in workplace language that carry no negative word a general lexicon knows. */
// prettier-ignore
export const workplaceNegatives: Lexicon = [
  "burnout", "burn out", "burned out", "burnt out", "micromanaged", "micromanage", "micromanaging", "meh",
  "cliquey", "clique", "rushed", "understaffed", "short-staffed", "short staffed", "short-handed", "short handed",
  "people short", "plateaued", "stagnated", "frozen", "below market", "under market", "underpaid", "useless",
  "never listened", "never heard back", "never got", "never had", "no path", "nobody", "no one", "not really",
  "not enough", "too much", "too many", "too less", "layoffs", "laid off", "redundant", "redundancy", "blamed",
  "exhausting", "exhausted", "brutal", "guilty", "postponed", "weak", "wrong", "fainted", "waiting to happen",
  "resentment", "toxic", "egos", "no bus", "hasn't been fixed", "wasn't fixed", "nothing happened", 
  "hasn't moved", "tired", "no confidence", "don't have confidence", "no idea", "gossip",
  "unpaid", "haven't been paid", "hasn't been paid", "still hasn't", 
  "no complaints from", "bald", "unsafe", "overworked", "overtime", "late nights", "at night", "every weekend",
  "downhill", "backfilled", "backfill", "nobody knew", "nobody told", "never replaced", "none were replaced",
  "lost three", "talked over", "made jokes", "comments about", "touching", "harassed", "bullied", "discriminated",
  "circling", "wasted", "waste", "ignored", "overlooked", "left out", "belonged to none", "didn't really have",
  "hard", "difficult", "struggled", "struggle", "impossible", "chaos", "chaotic", "mess", "badly", "terrible",
  "to run", "run a mile", "run for the hills", "short by", "short", "behind the market", "resigned", "no future", "dead end", "dead-end",
  "stressful", "stress", "anxious", "unfair", "unfairly", "favouritism", "favoritism", "never once asked",
  "no one asked", "nobody asked", "warning", "guilt", "blame", "frustrating", "frustrated", "fed up",
  // Everyday complaint words about people and places that a general lexicon leaves unscored.
  "strained", "disagreed", "don't see myself", "can't see myself", "no future", "crashed", "crashes", "broke down", "kept breaking",
  "went down", "outage", "buggy", "glitchy", "clunky", "outdated", "ancient", "blame", "whose fault", "stopped inviting", "excluded", "tense", "cold", "distant", "awkward", "unprofessional", "dismissive",
  "rude", "condescending", "patronising", "patronizing", "unreasonable", "unrealistic", "unclear", "absent", "unavailable",
  "unsupportive", "disorganised", "disorganized", "overbearing", "passive-aggressive", "moody", "petty", "demoralising",
  "demoralizing", "cancelled", "scrapped", "without any explanation", "no explanation", "without explanation", "unmanageable",
  "hiring freeze", "freeze", "pay freeze", "overlooked", "undervalued", "underappreciated", "pulled their weight", "left to it",
  "out of my depth", "stagnant", "unsafe", "understaffing", "redundancies", "dreaded", "dread", "miserable", "stuck", "never", "waited", "waiting", "constant", "being watched", "no lighting", "poorly lit", "alone at night", "disaster", "hates it", "hated it", "shouldn't", "should not have", "should never", "no cover", "took days", "took weeks", "took months",
  "took ages", "slow", "lack of", "minimum", "bare minimum", "nothing changes", "nothing changed", "nothing ever changes", "stopped listening", "refused", "rejected", "denied", "turned down", "no reason given", "there was nothing", "nothing after",
  "nothing for", "punished", "shouted", "ignored me", "hasn't got any", "haven't got any", "doesn't have any", "don't have any", "no power", "please fix", "fix the", "sort out",
  "discrimination", "harassment", "bullying", "bullied", "taken off", "hostile", "backstabbing", "infighting", "silos", "worse",
  // Complaint structures: something stopped, was lacking, or had to be endured.
  "no longer", "not any more", "not anymore", "had to", "have to keep", "couldn't", "could not", "can't", "cannot", "wouldn't listen",
  "barely", "hardly ever", "not once",
  "let down", "let go", "gave up", "give up", "lost interest", "lost faith", "lost trust", "stopped caring", "stopped enjoying",
  "wasn't enjoying", "not enjoying", "didn't enjoy", "no support", "no help", "no training", "no feedback", "no progression",
  // Pace, strain and harm in everyday words.
  "it was a lot", "was a lot", "a lot on", "intense", "hectic", "swamped", "overloaded", "stretched", "stretched thin", "non-stop",
  "full-on", "drowning", "on our own", "low", "poor", "poorly", "broken", "injured", "injury", "hurt", "wreck", "wrecked",
  "accident", "near miss", "near-miss", "strain", "unmanageable", "intolerable", "unbearable", "unsustainable",
  "where to start", "where do i start", "don't get me started", "end of it for me", "the end for me", "enough was enough",
  // Absence and self-reliance: the support that should have been there was not.
  "wasn't any", "weren't any", "there was none", "there were none", "didn't get any", "never got any", "taught myself",
  "figured it out myself", "figure it out myself", "left to figure", "sink or swim",
  // Similes of being treated as less than a person.
  "like a number", "just a number", "like a robot", "like a machine", "like a cog", "like dirt", "like a child", "like children",
  "talking to a wall", "brick wall", "like an outsider", "like a stranger", "invisible",
  // Everyday idioms of neglect and distance.
  "black hole", "out of touch", "ivory tower", "clueless", "in the dark", "kept in the dark", "non-existent", "nonexistent",
  "and that was it", "not much", "not a lot", "very little", "too late", "very late", "came late", "paid late", "only once", "just once",
  "rarely", "seldom", "wasn't often", "not often", "once in a blue moon", "freezing", "boiling", "sweltering", "stifling", "noisy",
  "cramped", "filthy", "dirty", "leaking", "leaky", "damp", "mouldy", "moldy", "follow through", "never followed through",
];

/** Lukewarm words: on their own they say "nothing to report", not praise. */
// prettier-ignore
export const lukewarm: Lexicon = ["could have been worse", "could've been worse", "could be worse", "fine", "ok", "okay", "alright", "all right", "not bad", "decent", "so-so", "average", "standard", "normal", "sure", "i guess", "i suppose", "more or less", "kind of", "sort of", "manageable"];

/** Hedges that lower the strength of whatever else is said. */
// prettier-ignore
export const hedges: Lexicon = ["i guess", "i suppose", "maybe", "perhaps", "kind of", "sort of", "a bit", "bit", "slightly", "somewhat", "mostly", "probably", "i think", "more or less", "nothing serious", "once or twice", "could be coincidence"];

/** Laughter after a topic: "Promotion? Ha." */
export const scoffs: Lexicon = ["ha", "haha", "hah", "lol", "lmao", "pfft", "yeah right"];
