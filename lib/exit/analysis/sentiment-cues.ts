import type { Lexicon } from "@/lib/exit/analysis/lexicon";

// Workplace words the general-purpose English lexicon misses or misreads. Each list is a kind of
// signal an exit interviewer hears every day, written as general vocabulary.

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

/** Praise in workplace language that a general lexicon scores as nothing. */
// prettier-ignore
export const workplacePositives: Lexicon = [
  "had my back", "fought for", "argued for", "backed me", "covered for each other", "stuck with me", "in a heartbeat",
  "hands down", "without hesitation", "smooth", "no complaints", "no issues", "no problems", "worth it", "well organised", "well organized",
  "generous", "inclusive", "supportive", "transparent", "respectful", "most fun", "best part", "shout-out",
  "shout out", "learned a ton", "learnt a lot", "learned a lot", "grateful", "thank you", "no politics", "kind",
  "balanced out", "worked well", "worked really well", "cared about", "lovely", "miss them", "will miss", "i'll miss",
  "come back", "fair", "clear", "intern to", "says it all", "paid well", "the people", "carried me", "good lads",
  "good people", "great bunch", "really generous", "looked after", "flexible", "proud", "enjoyed", "liked",
  // Everyday praise of people and places.
  "professional", "friendly", "welcoming", "down to earth", "organised", "organized", "honest", "trusting", "empowering",
  "encouraging", "considerate", "knowledgeable", "inspiring", "thoughtful", "believe in", "dream job", "sin duda", "no doubt", "patient", "taught me", "approachable", "helpful", "caring",
  "one of the best", "always there", "no problem", "no problem at all", "happy with", "evened out", "evens out",
  "can't fault", "couldn't fault", "couldn't have asked for", "couldn't ask for", "made me feel welcome", "went out of their way",
  "went out of her way", "went out of his way", "above and beyond",
];

/** Openings of a mock-enthusiastic sentence: "Oh, fantastic.", "Oh sure, ...", "Yeah right". */
// prettier-ignore
export const sarcasticOpenings: Lexicon = ["oh sure", "oh yeah", "oh great", "oh fantastic", "oh brilliant", "oh wonderful", "oh loads", "oh lovely", "yeah right", "oh totally", "oh absolutely", "oh definitely", "oh yes"];

/** Hardships that nobody sincerely says they loved: "I loved working every weekend". */
// prettier-ignore
export const hardships: Lexicon = [
  "every weekend", "weekends", "overtime", "unpaid", "late nights", "at midnight", "on call", "on-call", "night shifts",
  "nights", "10 pm", "11 pm", "weekend", "bank holidays", "christmas day", "workload grew", "workload", "meetings about",
  "being ignored", "the commute",
];

export const enthusiasmVerbs: Lexicon = ["loved", "love", "enjoyed", "adored", "thrilled", "loads of", "lots of", "so much"];

/** Rhetorical questions and constructions that only make sense as irony. */
// prettier-ignore
export const ironicConstructions: Lexicon = ["good luck getting", "good luck trying", "good luck finding", "good luck with that", "love to say", "loves to say", "like to say", "likes to say", "so-called", "if by", "if you call that", "if that counts as", "in practice means", "in practice it means", "who needs a", "who needs", "nothing says", "love how", "loved how", "love that", "gotta love", "got to love", "what could go wrong", "cutting edge", "state of the art", "world class", "cutting-edge"];

/** A trivial token of thanks: praise tied to one of these reads as irony. */
// prettier-ignore
export const tokenGifts: Lexicon = ["water bottle", "mug", "t-shirt", "tshirt", "pizza", "pizza party", "pen", "voucher", "badge", "tote bag", "lanyard", "fruit bowl", "keyring", "sticker", "stickers", "email saying thanks"];

export const feelingValued: Lexicon = ["valued", "appreciated", "recognised", "recognized", "special", "seen"];

/** Laughter after a topic: "Promotion? Ha." */
export const scoffs: Lexicon = ["ha", "haha", "hah", "lol", "lmao", "pfft", "yeah right"];

/** Criticism put politely: a negative however soft the words. */
// prettier-ignore
export const politeCriticism: Lexicon = [
  "would have appreciated", "would've appreciated", "would have liked", "would've liked", "could have been better",
  "could've been better", "could be better", "room for improvement", "gently suggest", "i'd suggest", "would be fair to say",
  "on the ambitious side", "tended to be", "tend to be", "a bit rushed", "bit rushed", "wish there had been", "wish there was",
  "not always", "not ideal", "less so", "only works if", "would help", "would have helped", "a bit", "bit", "could do better",
  "not the best", "should have been", "should've been", "a little", "somewhat", "it is what it is", "it's what it is", "no idea", "not great",
  "wasn't great", "weren't great", "isn't great", "not good", "wasn't good", "not very good", "not amazing", "not brilliant",
  "would have been nice", "would've been nice", "would be nice", "i wish", "if only", "it'd be nice", "it would be nice",
  "not sure the", "not sure that", "not sure if", "not sure whether", "just not sure", "not convinced", "i doubt", "i have doubts", "remains to be seen", "we'll see",
];

/** Kind words said to soften a criticism; when the answer holds one, they are not the message. */
// prettier-ignore
export const softeners: Lexicon = [
  "good person", "nice person", "nice guy", "good guy", "lovely person", "kind person", "don't want to get anyone in trouble",
  "i want to be fair", "to be fair", "no offence", "don't blame", "not a bad person", "he's a bad person",
  "she's a bad person", "mean well", "means well", "meant well", "i understand", "i know he was", "i know she was",
  "well meaning", "well-meaning", "nice enough", "pleasant enough", "friendly enough", "good enough", "polite", "civil", "perfectly nice", "perfectly pleasant",
  "under a lot of pressure", "under pressure herself", "under pressure himself", "doing their best", "did her best", "did his best",
];

/** Praise that the words themselves take back: it held only until something, or only on paper. */
// prettier-ignore
export const hollowPraise: Lexicon = [
  "great until", "fine until", "good until", "ok until", "okay until", "lovely until", "brilliant until", "worked until",
  "worked fine until", "worked well until", "on the surface", "on paper", "in theory", "supposedly", "say the right things",
  "says the right things", "lip service", "so-called", "so called",
  "used to be", "used to love", "used to enjoy", "not the same", "not what it used to be", "not what it was",
];

/** Lukewarm words: on their own they say "nothing to report", not praise. */
// prettier-ignore
export const lukewarm: Lexicon = ["could have been worse", "could've been worse", "could be worse", "fine", "ok", "okay", "alright", "all right", "not bad", "decent", "so-so", "average", "standard", "normal", "sure", "i guess", "i suppose", "more or less", "kind of", "sort of", "manageable"];

/** Verdicts that weigh both sides at once. */
// prettier-ignore
export const twoSided: Lexicon = ["mixed bag", "ups and downs", "hit and miss", "hit or miss", "pros and cons", "good and bad", "swings and roundabouts", "highs and lows", "less so", "inconsistent", "hot and cold", "up and down", "depends on", "it depends", "depending on", "depends which", "depending which"];

/** Naming something as why one leaves: a complaint about it. */
// prettier-ignore
export const leavingBecause: Lexicon = ["reason i'm leaving", "reason i am leaving", "why i'm leaving", "why i am leaving", "why i left", "made me leave", "pushed me out", "drove me out", "the reason i quit", "last straw", "final straw"];

/** Hedges that lower the strength of whatever else is said. */
// prettier-ignore
export const hedges: Lexicon = ["i guess", "i suppose", "maybe", "perhaps", "kind of", "sort of", "a bit", "bit", "slightly", "somewhat", "mostly", "probably", "i think", "more or less", "nothing serious", "once or twice", "could be coincidence"];

/** Emphasis that raises the strength. */
// prettier-ignore
export const emphasis: Lexicon = [
  "absolutely", "completely", "totally", "best", "worst", "ever", "every single", "entire", "hands down", "in a heartbeat",
  "without hesitation", "only reason", "toxic", "brutal", "hate", "horrible", "awful", "terrible", "fantastic", "amazing",
  "incredible", "brilliant", "excellent", "superb", "whatsoever", "relentless", "nightmare", "never once", "not a single",
];

/** "I don't really have a view", "I never dealt with them": no opinion given, whatever words carry it. */
// prettier-ignore
export const noOpinion: Lexicon = [
  "don't have a view", "don't really have a view", "no view", "no opinion", "don't have an opinion", "never dealt with", "never really dealt with",
  "didn't deal with", "didn't really deal with", "never met them", "never met him", "never met her", "can't really say", "couldn't really say",
  "not for me to say", "hard to judge",
];
