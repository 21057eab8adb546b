import { forMatching } from "@/lib/exit/analysis/normalise";

// Workplace idioms that a word-by-word lexicon reads literally ("shout-out" as shouting, "had my
// back" as nothing, "not bad" as bad). Each is replaced by plain words of the same meaning before
// the text is scored. Plain string replacement, so the time is linear in the text per idiom.

const idioms: [string, string][] = [
  ["shout-out", "thanks"],
  ["shout out", "thanks"],
  ["had my back", "supported me"],
  ["have my back", "support me"],
  ["had each other's backs", "supported each other"],
  ["hands down", "clearly"],
  ["in a heartbeat", "gladly"],
  ["can't complain", "good"],
  ["cannot complain", "good"],
  ["no complaints", "good"],
  ["no issues", "good"],
  ["no problems", "good"],
  ["never had a problem", "was fine"],
  ["never had an issue", "was fine"],
  ["not bad", "okay"],
  ["wasn't bad", "okay"],
  ["not too bad", "okay"],
  ["could have been worse", "okay"],
  ["could've been worse", "okay"],
  ["could be worse", "okay"],
  ["over the moon", "happy"],
  ["went downhill", "got worse"],
  ["gone downhill", "got worse"],
  ["through the roof", "terribly high"],
  ["under the bus", "betrayed"],
  ["fell through the cracks", "was neglected"],
  ["couldn't have asked for", "got the best"],
  ["couldn't ask for", "got the best"],
  ["couldn't be happier", "very happy"],
  ["can't fault", "admire"],
  ["couldn't fault", "admired"],
  // Candour markers are about the telling, not the job; a lexicon reads "honest" as praise.
  ["if i'm being honest", ""],
  ["if i'm honest", ""],
  ["to be honest", ""],
  ["in all honesty", ""],
  ["honestly", ""],
  ["frankly", ""],
];

/** "Well, ...", "Like, ...": a spoken opening that a lexicon would read as praise. */
const fillerOpenings = ["well", "like", "look", "so"];

function withoutFillerOpening(text: string): string {
  for (const filler of fillerOpenings) {
    const next = text[filler.length];
    if (text.startsWith(filler) && (next === "," || next === " " || next === ".")) return text.slice(filler.length + 1).trimStart();
  }
  return text;
}

export function withIdiomsPlain(text: string): string {
  let out = withoutFillerOpening(forMatching(text).trimStart());
  for (const [idiom, plain] of idioms) if (out.includes(idiom)) out = out.split(idiom).join(plain);
  return out;
}
