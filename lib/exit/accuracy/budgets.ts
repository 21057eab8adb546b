import type { AnswerFigures } from "@/lib/exit/accuracy/score-answers";

// The offline analysis's promised floors. A model-based analyser is held to its own, higher ones.

export type Budget = { name: string; value: number; floor: number; passed: boolean };

export const offlineFloors = { sentimentMacroF1: 0.65, themeMicroF1: 0.6, vagueF1: 0.7, emailRecall: 1, phoneRecall: 1, nameRecall: 0.8 };

export function budgetsOf(figures: AnswerFigures, floors = offlineFloors): Budget[] {
  const recall = (type: "email" | "phone" | "name") => figures.masking.recallByType[type].recall;
  const rows: [string, number, number][] = [
    ["sentiment macro-F1", figures.sentiment.macroF1, floors.sentimentMacroF1],
    ["theme micro-F1", figures.themes.micro.f1, floors.themeMicroF1],
    ["vague F1", figures.vague.f1, floors.vagueF1],
    ["email masking recall", recall("email"), floors.emailRecall],
    ["phone masking recall", recall("phone"), floors.phoneRecall],
    ["name masking recall", recall("name"), floors.nameRecall],
  ];
  // A figure with nothing to count (NaN) cannot fail its floor.
  return rows.map(([name, value, floor]) => ({ name, value, floor, passed: Number.isNaN(value) || value >= floor }));
}
