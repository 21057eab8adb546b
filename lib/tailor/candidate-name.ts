import type { Profile, Sourced } from "@/lib/cv/profile";
import { headingKind } from "@/lib/cv/parse/sections";
import { canonicalSkill } from "@/lib/skills/catalog";
import { isSectionHeading } from "@/lib/tailor/fragments";
import { namesSpokenLanguage } from "@/lib/tailor/spoken-languages";

// The tailored CV opens with the candidate's name. A two-column CV can reach the parser with the
// sidebar first: then a heading stands where the name should ("Clinical Skills") and the name ends up
// in a list of the sidebar ("Languages"). The name is then taken back from that list, but only when
// the email address agrees with it, so a language or a skill is never taken for a name.

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/** A heading, or a phrase that ends in a heading's word ("Clinical Skills", "Technical Expertise"). */
function readsAsHeading(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return isSectionHeading(text) || headingKind(words[words.length - 1]!) !== null;
}

/** Two to four capitalised words of letters ("Siobhan McAllister-Grant", "Jürgen Weißmüller", "Anne-Marie O’Neil"). */
function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

/** Addresses of a role or an office, not of a person: they spell no one's name. */
const roleAddresses = new Set(["info", "hello", "contact", "mail", "email", "office", "admin", "jobs", "careers", "sales", "team", "me", "cv", "resume"]);

/** Whether the email's local part spells part of the name ("s.mcallistergrant" and "McAllister-Grant"). */
function agreesWithEmail(name: string, email: string | undefined): boolean {
  const local = fold(email?.split("@")[0] ?? "").replace(/[^a-z0-9]/g, "");
  if (!local || roleAddresses.has(local)) return false;
  return fold(name)
    .split(/[^\p{L}]+/u)
    .map((part) => part.replace(/[^a-z0-9]/g, ""))
    .some((part) => part.length >= 3 && local.includes(part));
}

/** A name standing in a list of the sidebar: a person's name by its form, and neither a skill nor a language. */
const misplacedName = (value: string, email: string | undefined) =>
  looksLikePersonName(value) && !canonicalSkill(value) && !namesSpokenLanguage(value) && agreesWithEmail(value, email);

/** "Personal Information John Doe": the name without a heading that the extraction put before it on its line. */
function withoutLeadingHeading(name: Sourced): Sourced {
  const words = name.value.trim().split(/\s+/);
  for (let n = Math.min(3, words.length - 2); n >= 1; n--) if (headingKind(words.slice(0, n).join(" "))) return { ...name, value: words.slice(n).join(" ") };
  return name;
}

/**
 * The candidate's name for the top of the tailored CV, or null when the profile has none: the parsed
 * name when it is not a heading, unless it disagrees with the email address and a name that agrees
 * stands misplaced in a list of the sidebar.
 */
export function nameForTailoredCv(profile: Profile): Sourced | null {
  const email = profile.email?.value;
  const given = profile.name && !readsAsHeading(profile.name.value) ? withoutLeadingHeading(profile.name) : null;
  if (given && (!email || agreesWithEmail(given.value, email))) return given;
  const misplaced = [...profile.languages, ...profile.skills].find((item) => misplacedName(item.value, email));
  return misplaced ?? given;
}
