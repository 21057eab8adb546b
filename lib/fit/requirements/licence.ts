import type { Profile } from "@/lib/cv/profile";
import { profileLines, type CvLine } from "@/lib/fit/profile-lines";
import { citeLines, type Judgement } from "@/lib/fit/requirements/judged";
import { folded, namesPhrase } from "@/lib/fit/requirements/phrase";
import type { PostingRequirement } from "@/lib/jobs/analysis-schema";

// The other names of common licences and registrations (en/es/fr/de); a CV naming any of them shows the
// licence. A regulated title ("Registered Nurse", "RN") is the registration itself.
const licenceNames: string[][] = [
  [
    "Registered Nurse",
    "RN",
    "enfermera registrada",
    "enfermero registrado",
    "infirmière diplômée d'état",
    "IDE",
    "Pflegefachkraft",
    "Pflegefachfrau",
    "Pflegefachmann",
  ],
  ["Licensed Practical Nurse", "LPN", "Licensed Vocational Nurse", "LVN"],
  ["Certified Public Accountant", "CPA"],
  ["ACCA", "Association of Chartered Certified Accountants"],
  ["CIMA", "Chartered Institute of Management Accountants", "CGMA"],
  ["Chartered Accountant", "ACA", "ICAEW"],
  ["CFA", "Chartered Financial Analyst"],
  ["PMP", "Project Management Professional"],
  ["Professional Engineer", "PE", "Chartered Engineer", "CEng"],
  [
    "driving licence",
    "driving license",
    "driver's license",
    "drivers license",
    "driver license",
    "full clean licence",
    "permis B",
    "permis de conduire",
    "carnet de conducir",
    "licencia de conducir",
    "permiso de conducir",
    "Führerschein",
  ],
  ["CDL", "commercial driver's license", "commercial driving licence"],
  ["electrician licence", "licensed electrician", "journeyman electrician", "master electrician"],
  ["plumbing licence", "licensed plumber", "master plumber", "journeyman plumber"],
  ["Gas Safe", "Gas Safe registered"],
  ["teaching licence", "teaching license", "teaching certificate", "QTS", "Qualified Teacher Status", "teacher certification"],
  ["bar admission", "admitted to the bar", "attorney at law", "solicitor", "barrister"],
];

// Words around a licence's name in a posting that are not part of it.
const fillerWords =
  /\b(?:active|valid|current|full|clean|required|requirement|must|have|hold|holds|a|an|the|in|good|standing|state|licen[cs]e[ds]?|certificat(?:ion|e)|registration|registered with|or|and|equivalent)\b/gi;

/** Every name a licence goes by: its own and, when the table knows it, the others. */
function namesOf(option: string): string[] {
  const group = licenceNames.find((names) => names.some((name) => namesPhrase(option, name) || folded(name) === folded(option)));
  return group ? [option, ...group] : [option];
}

/** The names the posting accepts: its options, or else what the label names beyond filler words. */
function acceptedNames(requirement: PostingRequirement): string[] {
  if (requirement.options.length) return requirement.options;
  const known = licenceNames.find((names) => names.some((name) => namesPhrase(requirement.label, name)));
  if (known) return [known[0]!];
  const rest = requirement.label.replace(fillerWords, " ").replace(/\s+/g, " ").trim();
  return rest.length >= 2 ? [rest] : [];
}

/**
 * A licence or certification: met when the CV names it (or another accepted one) in its certifications,
 * titles, skills, summary or jobs; only partly met when it appears in a degree's name alone.
 */
export function judgeLicence(profile: Profile, requirement: PostingRequirement): Judgement {
  const base = { kind: "licence" as const, label: requirement.label, required: requirement.required, postingLine: requirement.line || null };
  const accepted = acceptedNames(requirement);
  if (!accepted.length) return { ...base, status: "unknown", cvLines: [], note: "The app cannot tell which licence this is: check it yourself." };
  const names = accepted.flatMap(namesOf);
  const showing = profileLines(profile).filter((line: CvLine) => names.some((name) => namesPhrase(line.text, name) || namesPhrase(line.cvLine, name)));
  const stated = showing.filter((line) => line.origin !== "education");
  if (stated.length) return { ...base, status: "met", cvLines: citeLines(stated.map((l) => l.cvLine)), note: null };
  if (showing.length)
    return { ...base, status: "partial", cvLines: citeLines(showing.map((l) => l.cvLine)), note: "Named only in a degree's title: counts half." };
  return { ...base, status: "missing", cvLines: [], note: `Your CV does not state ${accepted.join(" or ")}.` };
}
