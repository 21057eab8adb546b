import { z } from "zod";
import { fieldLimits } from "@/lib/security/text-limits";
import {
  currencies,
  currencyOptions,
  defaultsFrom,
  enumOf,
  type FieldSpec,
  isoDate,
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

export const offerTones = [option("warm", "Warm"), option("formal", "Formal")] as const;

export const offerLetterSchema = z
  .object({
    candidateName: requiredText("Candidate name", fieldLimits.name),
    candidateAddress: text(fieldLimits.address),
    position: requiredText("Position", fieldLimits.name),
    department: text(fieldLimits.name),
    reportingManager: text(fieldLimits.name),
    startDate: isoDate("Start date").refine((v) => v !== "", "Start date is required"),
    baseSalary: wholeNumber("Base salary").refine((v) => v !== "", "Base salary is required"),
    currency: z.enum(currencies),
    payPeriod: enumOf(payPeriods),
    bonus: text(fieldLimits.line),
    equity: text(fieldLimits.line),
    signOnBonus: text(fieldLimits.line),
    benefits: lines(fieldLimits.list),
    workLocation: text(fieldLimits.line),
    workMode: enumOf(workModes),
    probation: text(fieldLimits.line),
    conditions: lines(fieldLimits.shortList),
    offerExpiry: isoDate("Offer expiry date"),
    companyName: requiredText("Company name", fieldLimits.name),
    companyAddress: text(fieldLimits.address),
    signatoryName: requiredText("Signatory name", fieldLimits.name),
    signatoryTitle: requiredText("Signatory title", fieldLimits.name),
    language: enumOf(languages),
    tone: enumOf(offerTones),
  })
  .refine((v) => !v.offerExpiry || !v.startDate || v.offerExpiry <= v.startDate, {
    path: ["offerExpiry"],
    message: "The offer should expire before the start date",
  });

export type OfferLetterInput = z.infer<typeof offerLetterSchema>;

export const offerLetterFields: FieldSpec[] = [
  { name: "candidateName", label: "Candidate name", kind: "text", required: true, half: true, placeholder: "Amara Okafor" },
  { name: "position", label: "Position", kind: "text", required: true, half: true, placeholder: "Product Designer" },
  { name: "candidateAddress", label: "Candidate address", kind: "textarea", placeholder: "12 Rue de la Paix\n75002 Paris" },
  { name: "department", label: "Department", kind: "text", half: true },
  { name: "reportingManager", label: "Reporting manager", kind: "text", half: true },
  { name: "startDate", label: "Start date", kind: "date", required: true, half: true },
  { name: "offerExpiry", label: "Offer expiry date", kind: "date", half: true },
  { name: "baseSalary", label: "Base salary", kind: "number", required: true, half: true, placeholder: "72000" },
  { name: "currency", label: "Currency", kind: "select", options: currencyOptions, half: true },
  { name: "payPeriod", label: "Pay period", kind: "select", options: payPeriods, half: true },
  { name: "signOnBonus", label: "Sign-on bonus", kind: "text", half: true, placeholder: "5,000 paid with the first salary" },
  { name: "bonus", label: "Bonus", kind: "text", placeholder: "Up to 10% of base salary, based on company and individual goals" },
  { name: "equity", label: "Equity", kind: "text", placeholder: "2,000 stock options vesting over 4 years with a 1-year cliff" },
  { name: "benefits", label: "Benefits", kind: "textarea", help: "One per line." },
  { name: "workLocation", label: "Work location", kind: "text", half: true, placeholder: "Paris office" },
  { name: "workMode", label: "Work mode", kind: "select", options: workModes, half: true, initial: "hybrid" },
  { name: "probation", label: "Probation period", kind: "text", half: true, placeholder: "3 months" },
  { name: "conditions", label: "Conditions of the offer", kind: "textarea", help: "One per line, e.g. background check, right to work." },
  { name: "companyName", label: "Company name", kind: "text", required: true, half: true },
  { name: "companyAddress", label: "Company address", kind: "textarea" },
  { name: "signatoryName", label: "Signatory name", kind: "text", required: true, half: true },
  { name: "signatoryTitle", label: "Signatory title", kind: "text", required: true, half: true, placeholder: "Head of People" },
  languageField,
  { name: "tone", label: "Tone", kind: "select", options: offerTones, half: true },
];

export const offerLetterDefaults = defaultsFrom<OfferLetterInput>(offerLetterFields);
