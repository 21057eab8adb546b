import { describe, expect, it } from "vitest";
import type { ChatTurn } from "@/lib/chat/answer";
import { fitHistory, renderHistory } from "@/lib/chat/context";

const turn = (n: number, answerLength = 100): ChatTurn => ({ question: `question ${n}?`, answer: "a".repeat(answerLength), citations: [] });
const budget = { budgetChars: 1_000, answerChars: 300, questionChars: 50 };

describe("fitHistory", () => {
  it("keeps every turn while they fit", () => {
    const turns = [1, 2, 3].map((n) => turn(n));
    expect(fitHistory(turns, budget)).toEqual({ turns, dropped: 0 });
  });

  it("drops the oldest turns first when the budget is spent", () => {
    const turns = Array.from({ length: 10 }, (_, i) => turn(i + 1, 250));
    const fitted = fitHistory(turns, budget);
    const size = (t: ChatTurn) => t.question.length + t.answer.length;
    expect(fitted.turns.reduce((sum, t) => sum + size(t), 0)).toBeLessThanOrEqual(budget.budgetChars);
    expect(fitted.dropped).toBe(turns.length - fitted.turns.length);
    expect(fitted.turns.at(-1)!.question).toBe(turns.at(-1)!.question);
    expect(fitted.turns[0]!.question).toBe(turns[fitted.dropped]!.question);
  });

  it("cuts a long answer and always keeps the newest turn", () => {
    const fitted = fitHistory([turn(1), turn(2, 5_000)], { ...budget, budgetChars: 10 });
    expect(fitted.turns).toHaveLength(1);
    expect(fitted.turns[0]!.answer.length).toBe(budget.answerChars + 1);
    expect(fitted.dropped).toBe(1);
  });
});

describe("renderHistory", () => {
  it("says how many turns were left out", () => {
    expect(renderHistory({ turns: [turn(3)], dropped: 2 })).toMatch(/^\(2 earlier questions left out\)\n\nQ: question 3\?/);
    expect(renderHistory({ turns: [], dropped: 0 })).toBe("");
  });
});
