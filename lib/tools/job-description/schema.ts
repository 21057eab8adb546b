import { z } from "zod";
import { fieldLimits } from "@/lib/security/text-limits";
import {
  currencies,
  currencyOptions,
  defaultsFrom,
  enumOf,
  type FieldSpec,
  languageField,
  languages,
  lines,
  option,
  payPeriods,
  requiredText,
  text,
  wholeNumber,
  workModes,
} from "@/lib/tools/fields";

export const seniorities = [
  option("intern", "Intern"),
  option("junior", "Junior"),
  option("mid", "Mid-level"),
  option("senior", "Senior"),
  option("lead", "Lead"),
  option("principal", "Principal"),
  option("manager", "Manager"),
  option("director", "Director"),
] as const;
export const employmentTypes = [
  option("full-time", "Full-time"),
  option("part-time", "Part-time"),
  option("contract", "Contract"),
  option("temporary", "Temporary"),
  option("internship", "Internship"),
] as const;
export const tones = [option("professional", "Professional"), option("friendly", "Friendly"), option("formal", "Formal")] as const;

export const jobDescriptionSchema = z
  .object({
    title: requiredText("Job title", fieldLimits.name),
    companyName: requiredText("Company name", fieldLimits.name),
    department: text(fieldLimits.name),
    seniority: enumOf(seniorities),
    yearsExperience: z
      .string()
      .trim()
      .max(2, "Years of experience must be a whole number under 100, e.g. 3")
      .regex(/^\d*$/, "Years of experience must be a whole number, e.g. 3"),
    employmentType: enumOf(employmentTypes),
    workMode: enumOf(workModes),
    location: text(fieldLimits.line),
    aboutCompany: text(fieldLimits.paragraph),
    responsibilities: lines(fieldLimits.longText),
    requiredSkills: lines(fieldLimits.list),
    preferredSkills: lines(fieldLimits.list),
    qualifications: lines(fieldLimits.shortList),
    salaryMin: wholeNumber("Minimum salary"),
    salaryMax: wholeNumber("Maximum salary"),
    currency: z.enum(currencies),
    salaryPeriod: enumOf(payPeriods),
    benefits: lines(fieldLimits.list),
    language: enumOf(languages),
    tone: enumOf(tones),
  })
  .refine((v) => !v.salaryMin || !v.salaryMax || Number(v.salaryMax) >= Number(v.salaryMin), {
    path: ["salaryMax"],
    message: "Maximum salary must be at least the minimum",
  })
  .refine((v) => v.workMode === "remote" || v.location !== "", {
    path: ["location"],
    message: "Give a location for on-site and hybrid roles (e.g. Berlin, Germany)",
  });

export type JobDescriptionInput = z.infer<typeof jobDescriptionSchema>;

const perLine = "One per line.";

export const jobDescriptionFields: FieldSpec[] = [
  { name: "title", label: "Job title", kind: "text", placeholder: "Senior Backend Engineer", required: true, half: true },
  { name: "department", label: "Department", kind: "text", placeholder: "Engineering", half: true },
  { name: "companyName", label: "Company name", kind: "text", placeholder: "Acme GmbH", required: true, half: true },
  { name: "seniority", label: "Seniority", kind: "select", options: seniorities, half: true, initial: "mid" },
  { name: "yearsExperience", label: "Years of experience", kind: "number", placeholder: "5", half: true },
  { name: "employmentType", label: "Employment type", kind: "select", options: employmentTypes, half: true },
  { name: "workMode", label: "Work mode", kind: "select", options: workModes, half: true, initial: "hybrid" },
  { name: "location", label: "Location", kind: "text", placeholder: "Berlin, Germany", half: true },
  { name: "aboutCompany", label: "About the company", kind: "textarea", placeholder: "What the company does, its mission, size, stage." },
  {
    name: "responsibilities",
    label: "Responsibilities",
    kind: "textarea",
    help: perLine,
    placeholder: "Design and run our payments API\nMentor two engineers",
  },
  { name: "requiredSkills", label: "Required skills", kind: "textarea", help: perLine, placeholder: "Go or Java\nPostgreSQL" },
  { name: "preferredSkills", label: "Preferred skills", kind: "textarea", help: perLine, placeholder: "Kubernetes\nEvent-driven systems" },
  { name: "qualifications", label: "Qualifications", kind: "textarea", help: `${perLine} Only what the role truly needs.` },
  { name: "salaryMin", label: "Salary from", kind: "number", placeholder: "70000", half: true },
  { name: "salaryMax", label: "Salary to", kind: "number", placeholder: "90000", half: true },
  { name: "currency", label: "Currency", kind: "select", options: currencyOptions, half: true },
  { name: "salaryPeriod", label: "Pay period", kind: "select", options: payPeriods, half: true },
  { name: "benefits", label: "Benefits", kind: "textarea", help: perLine, placeholder: "30 days paid leave\nLearning budget" },
  languageField,
  { name: "tone", label: "Tone", kind: "select", options: tones, half: true },
];

export const jobDescriptionDefaults = defaultsFrom<JobDescriptionInput>(jobDescriptionFields);
