import type { AnswerKind } from "@/lib/chat/answer";
import type { CheckedAnswer } from "@/lib/chat/citations";
import { withoutDiacritics } from "@/lib/chat/fold";

// The prompt asks a model to open a decline with "The CV does not say" and a refusal with "I can only
// answer questions about this CV"; models paraphrase, and answer in the question's language, so the
// opening is read loosely, in the five languages the chat speaks.
const declines = [
  "does not say",
  "doesn't say",
  "does not mention",
  "doesn't mention",
  "not mentioned",
  "not stated",
  "not specified",
  "no information",
  "not in the cv",
  "no se menciona",
  "no lo indica",
  "no indica",
  "ne precise pas",
  "n'est pas mentionne",
  "nicht angegeben",
  "wird nicht erwahnt",
  "nao menciona",
  "nao informa",
];
const refusals = [
  "i can only answer questions about",
  "i can only help with questions about",
  "solo puedo responder",
  "je ne peux repondre",
  "ich kann nur fragen",
  "so posso responder",
];

const opening = (text: string) => withoutDiacritics(text.slice(0, 200).toLowerCase()).replaceAll("’", "'");

/** What a model's answer is, read from how it opens and what it could cite. */
export function answerKindOf(text: string, checked: CheckedAnswer): AnswerKind {
  const start = opening(text);
  if (refusals.some((phrase) => start.includes(phrase))) return "refused";
  const verified = checked.citations.some((c) => c.verified);
  if (!verified && declines.some((phrase) => start.includes(phrase))) return "not_in_cv";
  return "answer";
}
