import { lookupIn, type Lexicon } from "@/lib/exit/analysis/lexicon";
import type { Turn } from "@/lib/exit/analysis/summary-schema";

// Consent can be withdrawn at any turn. Once the employee asks to stop or to have their answers
// removed, nothing they said may be analysed, including what came before.

// prettier-ignore
const withdrawalPhrases: Lexicon = [
  "don't want to do this", "do not want to do this", "don't want to continue", "do not want to continue", "i want to stop",
  "stop the interview", "stop here", "delete what i said", "delete my answers", "delete everything", "don't want this recorded",
  "don't want any of this", "withdraw my consent", "i withdraw", "changed my mind", "don't use my answers", "do not use my answers",
  "no quiero seguir", "quiero parar", "borra lo que dije", "ich möchte aufhören", "ich will nicht mehr", "löschen sie",
  "je veux arrêter", "je ne veux plus", "supprimez", "quero parar", "não quero continuar", "apague",
];

export function consentWithdrawn(turns: readonly Turn[]): boolean {
  return turns.some((turn) => turn.role === "employee" && lookupIn(turn.text).has(withdrawalPhrases));
}
