import { lookupIn, type Lexicon } from "@/lib/exit/analysis/lexicon";
import { findAddresses } from "@/lib/exit/analysis/mask/addresses";
import { findEmails, findPhones } from "@/lib/exit/analysis/mask/contacts";
import { findIdentifiers } from "@/lib/exit/analysis/mask/identifiers";
import { tokensOf } from "@/lib/exit/analysis/mask/tokens";
import { sentencesOf } from "@/lib/exit/analysis/sentences";

// Leavers use the last question for admin: where to send a form, how to reach them, a wrong number
// on a record. Such an answer is a request, not an opinion of the job, however it is worded.

// prettier-ignore
const adminCues: Lexicon = [
  "send my", "send it", "send the", "send me", "email me", "e-mail me", "ring me", "call me", "text me", "reach me", "contact me",
  "forward", "post it", "my address", "new address", "home address", "new place", "on file", "should go to", "leaver form",
  "leaving form", "p45", "p60", "w-2", "w2", "payslip", "final pay", "final payslip", "pension transfer", "reference letter",
  "date of birth", "my details", "can find me", "get hold of me", "unterlagen", "adresse", "dirección", "endereço",
];

const holdsContactDetails = (sentence: string) => {
  const tokens = tokensOf(sentence);
  return findEmails(tokens).length + findPhones(tokens).length + findIdentifiers(tokens).length + findAddresses(tokens).length > 0;
};

/** Whether every sentence of an answer is an admin request or contact detail. */
export function isAdministrative(answer: string): boolean {
  const sentences = sentencesOf(answer);
  return sentences.length > 0 && sentences.every((s) => lookupIn(s).has(adminCues) || holdsContactDetails(s));
}
