import { withoutInstructions } from "@/lib/exit/analysis/instructions";
import { lookupIn, type Lexicon } from "@/lib/exit/analysis/lexicon";
import { questionKindOf, type QuestionKind } from "@/lib/exit/analysis/question-kind";
import type { Turn } from "@/lib/exit/analysis/summary-schema";
import { questionTheme } from "@/lib/exit/analysis/themes";

// An interview as the questions the employee answered. The consent exchange is not an answer, an
// instruction sentence is dropped, and a follow-up ("How often did that happen?") keeps the kind
// of the question it follows, so a reason explained over two turns is still a reason.

export type AnsweredQuestion = { question: string; kind: QuestionKind; answer: string; original: string };

// prettier-ignore
const consentCues: Lexicon = ["voluntary", "go ahead", "before we begin", "before we start", "happy to proceed", "ok to proceed", "okay to proceed", "ok to start", "okay to start", "happy to start", "ok to go on", "ok to continue", "okay to continue", "happy to continue", "shall we start", "can we start", "seguimos", "continuamos", "fortfahren", "weitermachen", "continuer", "on continue", "podemos continuar", "continuamos"];

export function answeredQuestions(turns: readonly Turn[]): AnsweredQuestion[] {
  const out: AnsweredQuestion[] = [];
  let question = "";
  let kind: QuestionKind = "topic";
  for (const turn of turns) {
    if (turn.role === "interviewer") {
      question = turn.text;
      const own = questionKindOf(turn.text);
      // A follow-up with no topic of its own continues the previous question.
      kind = own === "topic" && !questionTheme(turn.text) && out.length ? kind : own;
      continue;
    }
    if (lookupIn(question).has(consentCues)) continue;
    const answer = withoutInstructions(turn.text);
    if (answer.trim()) out.push({ question, kind, answer, original: turn.text });
  }
  return out;
}
