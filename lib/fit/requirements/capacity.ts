import type { Experience, Profile } from "@/lib/cv/profile";
import type { MonthNumber } from "@/lib/fit/dates";
import { citeLines, type Judgement } from "@/lib/fit/requirements/judged";
import { folded, namesPhrase } from "@/lib/fit/requirements/phrase";
import { yearsStatus } from "@/lib/fit/requirements/years";
import { experienceYears } from "@/lib/fit/years";
import type { PostingRequirement } from "@/lib/jobs/analysis-schema";

// Leading people, in en/es/fr/de: the words a posting uses to ask for it, and the titles and bullet
// wordings a CV uses to show it.
const leadershipAsked = [
  "lead",
  "leading",
  "leader",
  "leadership",
  "manage",
  "managing",
  "management",
  "manager",
  "supervis",
  "mentor",
  "liderazgo",
  "liderar",
  "gestion",
  "encadrement",
  "direction",
  "führung",
  "leitung",
  "personalverantwortung",
  "jefe",
  "responsable",
];
const leadTitles = [
  "lead",
  "leader",
  "manager",
  "head",
  "supervisor",
  "director",
  "chief",
  "cto",
  "ceo",
  "coo",
  "vp",
  "vice president",
  "founder",
  "cofounder",
  "jefe",
  "jefa",
  "gerente",
  "directora",
  "director",
  "coordinador",
  "coordinadora",
  "responsable",
  "encargado",
  "encargada",
  "chef",
  "directeur",
  "directrice",
  "leiter",
  "leiterin",
  "teamleiter",
  "teamleiterin",
  "geschäftsführer",
];
const teamBullets = [
  "managed a team",
  "manage a team",
  "managing a team",
  "led a team",
  "lead a team",
  "leading a team",
  "leads a team",
  "line-managed",
  "line managed",
  "line manager",
  "direct reports",
  "supervised",
  "supervising",
  "mentored",
  "mentoring",
  "coached",
  "hired and",
  "built and led",
  "built the team",
  "scaled engineering team",
  "scaled the team",
  "headed",
  "lideré",
  "liderar un equipo",
  "dirigí",
  "gestioné un equipo",
  "coordiné un equipo",
  "a cargo de",
  "tutora de grupos",
  "tutor de grupos",
  "encadré",
  "encadrement",
  "dirigé",
  "managé",
  "géré une équipe",
  "leitete",
  "führte ein team",
  "geleitet",
  "personalverantwortung",
];
// "Led a cross-functional team of 5", "led 4 engineers", "managing 12 people".
const ledPeople =
  /\b(?:led|lead|leading|leads|managed|managing|manages|supervised|oversaw)\s+(?:a\s+|an\s+|the\s+)?(?:[a-z-]+\s+)?(?:team|teams|group|squad|\d+)\b/;
// Leading a project: a bullet that starts with what was led.
const ledProject = /^\W*(?:led|lead|leading|spearheaded|headed|drove|owned|directed|coordinated|lideré|dirigí|coordiné|piloté|dirigé|leitete)\b/;

const asksLeadership = (text: string) => leadershipAsked.some((word) => folded(text).includes(folded(word)));
const asksProject = (text: string) => /\b(?:project|proyecto|projet|projekt)/i.test(text);

function leadsPeople(job: Experience): boolean {
  if (job.title && leadTitles.some((word) => namesPhrase(job.title!.value, word))) return true;
  return job.bullets.some((b) => teamBullets.some((phrase) => namesPhrase(b.value, phrase)) || ledPeople.test(folded(b.value)));
}

const leadsProjects = (job: Experience) => leadsPeople(job) || job.bullets.some((b) => ledProject.test(folded(b.value)));

/** The first line of a job that shows the capacity: a lead title, else the bullet that says it. */
function capacityLine(job: Experience, projects: boolean): string {
  if (job.title && leadTitles.some((word) => namesPhrase(job.title!.value, word))) return job.title.source.split("\n")[0]!;
  const bullet = job.bullets.find(
    (b) => teamBullets.some((phrase) => namesPhrase(b.value, phrase)) || ledPeople.test(folded(b.value)) || (projects && ledProject.test(folded(b.value))),
  );
  return bullet?.source.split("\n")[0] ?? "";
}

/**
 * A capacity asked for ("2+ years leading a team", "project leadership"): judged from the titles and
 * bullets of the jobs that show it. A capacity other than leading people or projects is left to the reader.
 */
export function judgeCapacity(profile: Profile, requirement: PostingRequirement, now: MonthNumber): Judgement {
  const base = { kind: "capacity" as const, label: requirement.label, required: requirement.required, postingLine: requirement.line || null };
  const asked = [requirement.label, ...requirement.options].join(" ");
  if (!asksLeadership(asked) && !asksProject(asked))
    return { ...base, status: "unknown", cvLines: [], note: "The app cannot judge this capacity: check it yourself." };
  const projects = asksProject(asked) && !/\b(?:team|people|equipo|équipe|equipe)\b/i.test(asked);
  const shows = projects ? leadsProjects : leadsPeople;
  const jobs = profile.experience.filter(shows);
  const cvLines = citeLines(jobs.map((job) => capacityLine(job, projects)));
  if (!jobs.length) return { ...base, status: "missing", cvLines: [], note: "No title or bullet of your jobs shows it." };
  if (!requirement.years) return { ...base, status: "met", cvLines, note: null };
  const years = experienceYears(profile, now, shows);
  return { ...base, status: yearsStatus(years, requirement.years), cvLines, note: `${years} of ${requirement.years} years in jobs that show it.` };
}
