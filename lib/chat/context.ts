import type { ChatTurn } from "@/lib/chat/answer";

/**
 * How much of the conversation goes back to the model with each question. The CV (up to the CV text
 * limit) and the question take most of a small model's context; earlier turns get what is left. The
 * rule: the newest turns first, each answer cut to `answerChars`, until `budgetChars` is spent; older
 * turns are dropped and counted, so the prompt can say some were left out. The newest turn is always
 * kept, since a follow-up ("and before that?") needs it.
 */
export const historyBudget = { budgetChars: 6_000, answerChars: 1_200, questionChars: 600 } as const;

export type FittedHistory = { turns: ChatTurn[]; dropped: number };

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max)}…`);

export function fitHistory(
  turns: readonly ChatTurn[],
  budget: { budgetChars: number; answerChars: number; questionChars: number } = historyBudget,
): FittedHistory {
  const kept: ChatTurn[] = [];
  let spent = 0;
  for (let i = turns.length - 1; i >= 0; i--) {
    const turn = turns[i]!;
    const fitted = { ...turn, question: cut(turn.question, budget.questionChars), answer: cut(turn.answer, budget.answerChars) };
    const size = fitted.question.length + fitted.answer.length;
    if (kept.length > 0 && spent + size > budget.budgetChars) break;
    kept.unshift(fitted);
    spent += size;
  }
  return { turns: kept, dropped: turns.length - kept.length };
}

/** The kept turns as the prompt shows them. */
export function renderHistory({ turns, dropped }: FittedHistory): string {
  const parts = dropped ? [`(${dropped} earlier question${dropped === 1 ? "" : "s"} left out)`] : [];
  for (const turn of turns) parts.push(`Q: ${turn.question}\nA: ${turn.answer}`);
  return parts.join("\n\n");
}
