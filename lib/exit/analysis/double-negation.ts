// "Nobody ever left a mess", "no one complained", "never any drama": a problem word under a
// negation is praise, though a word lexicon counts both words as complaints. Such a run is
// replaced by plain words before the clause is scored. One pass over the words, so linear.

const negators = new Set(["nobody", "never", "no-one", "none", "nothing", "not"]);
/** Words that may stand between the negation and the problem it denies. */
// prettier-ignore
const between = new Set(["one", "ever", "had", "has", "have", "left", "made", "caused", "got", "any", "a", "an", "the", "real", "single", "major", "big", "serious", "once", "was", "were", "there", "is", "are", "really", "even", "kicked", "up", "of", "us", "them", "went"]);
// prettier-ignore
const problems = new Set(["mess", "problem", "problems", "issue", "issues", "trouble", "drama", "complaint", "complaints", "complained", "fuss", "conflict", "conflicts", "hassle", "fights", "arguments", "wrong", "grudge", "grudges"]);

const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}-]/gu, "");

export function withoutDoubleNegatives(clause: string): string {
  const words = clause.split(" ");
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = bare(words[i]!);
    // "no one" is read as one negator.
    const start = word === "no" && bare(words[i + 1] ?? "") === "one" ? i + 1 : i;
    if (!negators.has(word) && start === i) {
      out.push(words[i]!);
      continue;
    }
    let j = start + 1;
    while (j < words.length && j - start <= 5 && between.has(bare(words[j]!))) j++;
    if (j < words.length && problems.has(bare(words[j]!))) {
      out.push("all", "fine" + words[j]!.slice(bare(words[j]!).length).replace(/^[\p{L}-]*/u, ""));
      i = j;
    } else out.push(words[i]!);
  }
  return out.join(" ");
}
