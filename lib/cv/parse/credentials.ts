// Post-nominal letters: the degrees, registrations and memberships written after a person's name.

// Credentials that are not otherwise shaped as one ("PhD", "DPhil", "MD", "RN").
const knownCredentials = new Set(
  (
    "rn bsn msn np aprn lpn cna md do dds pharmd phd dphil msc bsc ma ba mba meng beng ceng ieng mice fice miet mimeche mistructe " +
    "cpa acca aca cima cfa frm pe peng pmp cissp cism mrics frics esq fca fcca cipd mcipd mrcp frcp mrcs frcs mrcgp rgn rmn mcsp hcpc cia cisa sphr"
  ).split(" "),
);

const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}]/gu, "");

// "MPharm", "MRPharmS", "BSc", "CEng", "RSci": two capitals open the word, which a name never does ("McAllister", "DeVries" do not).
const twoCapitalsOpening = /^\p{Lu}{2}\p{L}{0,7}$/u;
// "B.Sc.", "Ph.D.": letters with full stops between them, some in lower case (initials, "J.R.", are all capitals).
const dotted = /^(?:\p{L}{1,3}\.){2,4}$/u;
// "(Hons)", "(Oxon)", "(Dist)": a qualifier in brackets after a degree.
const bracketed = /^\(\p{L}{2,6}\)$/u;

/**
 * Whether a word is written as a credential is ("PhD", "MPharm", "BSc", "(Hons)"), not as a name. A word all in
 * capitals counts only when it is a known credential: a surname may be written in capitals ("Jean DUPONT"), and a
 * region code after a comma looks the same ("Leeds, UK"). In a line all in capitals a known two-letter one counts
 * only after a comma.
 */
export function isCredential(word: string, { afterComma = false, inCapitals = false } = {}): boolean {
  const letters = bare(word);
  if (!letters || letters.length > 9) return false;
  // Mixed case as credentials are written ("PhD", "CEng", "RN"), not as a surname ("Jack Ma", "Linh Do").
  const writtenAsCredential = word.slice(1) !== word.slice(1).toLowerCase();
  if (knownCredentials.has(letters)) return writtenAsCredential && (!inCapitals || letters.length > 2 || afterComma);
  if (inCapitals) return false;
  if (bracketed.test(word) || (dotted.test(word) && /\p{Ll}/u.test(word))) return true;
  return word !== word.toUpperCase() && twoCapitalsOpening.test(word);
}

/**
 * The words of a name line without the credentials after the name: "Priya Shah, MPharm, MRPharmS" and
 * "Tomasz Nowak BSc (Hons) RSci" give the name's words. A bracketed qualifier only goes with a credential.
 */
export function withoutTrailingCredentials(segment: string): string[] {
  const inCapitals = segment === segment.toUpperCase();
  const afterComma = new Set(
    segment
      .split(",")
      .slice(1)
      .map((p) => p.trim()),
  );
  const words = segment.replace(/,/g, " ").split(/\s+/).filter(Boolean);
  let end = words.length;
  while (end > 0 && isCredential(words[end - 1]!, { afterComma: afterComma.has(words[end - 1]!), inCapitals })) end--;
  // "(Hons)" counted only as part of a run of credentials: "Jane Doe (Oxon)" alone keeps its word.
  while (end < words.length && bracketed.test(words[end]!) && (end === 0 || !isCredential(words[end - 1]!, { inCapitals }))) end++;
  return words.slice(0, end);
}

/**
 * Whether every comma piece after the first is a credential: "Marcus Lee, CPA" is a name with its letters, not
 * "City, Region". Two capitals are left to the place ("Boston, MA", "Rockville, MD"): they are region codes too.
 */
export function endsInCredentials(line: string): boolean {
  const pieces = line.split(",").map((p) => p.trim());
  const credentialWord = (w: string) => isCredential(w, { afterComma: true }) && !/^\p{Lu}{2}$/u.test(w);
  return pieces.length > 1 && pieces.slice(1).every((p) => p.split(/\s+/).every(credentialWord));
}
