import { formatMoney, labelOf, payPeriods, splitLines, withoutEndMarks, workModes } from "@/lib/tools/fields";
import { employmentTypes, seniorities, type JobDescriptionInput } from "@/lib/tools/job-description/schema";

/** "design the API" → "Design the API." Words with their own capitals (iOS, eBay) are left alone. */
const sentence = (line: string) => {
  const trimmed = withoutEndMarks(line.trim(), ".;,");
  const first = trimmed.split(/\s/)[0] ?? "";
  const capitalised = /[A-Z0-9]/.test(first.slice(1)) ? trimmed : trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return `${capitalised}.`;
};

/** Skills, benefits and qualifications are names, written exactly as HR typed them. */
const nameList = (items: string[]) => items.map((i) => `- ${withoutEndMarks(i, ".;,")}`).join("\n");
const sentenceList = (items: string[]) => items.map((i) => `- ${sentence(i)}`).join("\n");

function compensation(input: JobDescriptionInput): string {
  const period = labelOf(payPeriods, input.salaryPeriod);
  const { salaryMin: min, salaryMax: max, currency } = input;
  if (min && max)
    return `The salary range for this role is **${formatMoney(min, currency)} – ${formatMoney(max, currency)} ${period}**, depending on experience and location.`;
  if (min) return `The salary for this role starts at **${formatMoney(min, currency)} ${period}**, depending on experience.`;
  if (max) return `The salary for this role is up to **${formatMoney(max, currency)} ${period}**, depending on experience.`;
  return "Compensation is competitive and will be discussed in the first conversation.";
}

function roleSummary(input: JobDescriptionInput): string {
  const seniority = labelOf(seniorities, input.seniority).toLowerCase();
  const team = input.department ? ` in our ${input.department} team` : "";
  const years = input.yearsExperience
    ? ` It suits someone with around ${input.yearsExperience} year${input.yearsExperience === "1" ? "" : "s"} of relevant experience`
    : " It suits someone";
  const focus = splitLines(input.responsibilities)[0];
  const focusText = focus ? `, and your first focus will be to ${focus.charAt(0).toLowerCase()}${withoutEndMarks(focus.slice(1), ".;")}` : "";
  return `${input.companyName} is hiring a ${input.title}${team}. This is a ${seniority}, ${labelOf(employmentTypes, input.employmentType).toLowerCase()} position.${years} who wants ownership and impact${focusText}.`;
}

function workplace(input: JobDescriptionInput): string {
  const mode = labelOf(workModes, input.workMode);
  if (input.workMode === "remote") return input.location ? `${mode}, within ${input.location}.` : `${mode}.`;
  if (input.workMode === "hybrid") return `${mode}: part of the week at our office in ${input.location}, the rest from home.`;
  return `${mode} at our office in ${input.location}.`;
}

/** A complete, structured job description written only from the HR brief. */
export function draftJobDescription(input: JobDescriptionInput): string {
  const responsibilities = splitLines(input.responsibilities);
  const required = [...splitLines(input.requiredSkills), ...splitLines(input.qualifications)];
  const preferred = splitLines(input.preferredSkills);
  const benefits = splitLines(input.benefits);
  const meta = [
    input.companyName,
    input.department,
    labelOf(workModes, input.workMode) + (input.location ? ` · ${input.location}` : ""),
    labelOf(employmentTypes, input.employmentType),
  ]
    .filter(Boolean)
    .join(" · ");
  const years = input.yearsExperience ? [`${input.yearsExperience}+ years of relevant experience`] : [];

  const sections = [
    `# ${input.title}`,
    `**${meta}**`,
    `## About ${input.companyName}`,
    input.aboutCompany || `${input.companyName} is building a team of people who care about doing excellent work together.`,
    "## The role",
    roleSummary(input),
    "## What you will do",
    responsibilities.length ? sentenceList(responsibilities) : "- Own meaningful work from the first weeks and shape how it is done.",
    "## What you bring",
    "### Required",
    required.length || years.length ? nameList([...years, ...required]) : "- The motivation to learn the role quickly and do it well.",
  ];
  if (preferred.length) sections.push("### Nice to have", nameList(preferred), "_You do not need every item on this list to apply._");
  sections.push("## Compensation and benefits", compensation(input));
  if (benefits.length) sections.push(nameList(benefits));
  sections.push(
    "## Location and working model",
    workplace(input),
    "## Equal opportunity",
    `${input.companyName} is an equal opportunity employer. We welcome applicants of every background, identity and experience, and we do not discriminate on the basis of race, colour, religion, sex, sexual orientation, gender identity, national origin, age, disability or any other protected characteristic. If you need an adjustment during the hiring process, tell us and we will make it.`,
    "## How to apply",
    `Send your CV and a few lines on why this ${input.title} role interests you. We reply to every application.`,
  );
  return sections.join("\n\n") + "\n";
}
