import { describe, expect, it } from "vitest";
import { asksForComplaint, questionKindOf } from "@/lib/exit/analysis/question-kind";

describe("questionKindOf", () => {
  it.each([
    ["Why did you decide to resign? What was the main reason?", "reason"],
    ["What could we have done to keep you?", "stay"],
    ["Would you recommend this company to others?", "recommend"],
    ["Have you ever been bullied or harassed here?", "mistreatment"],
    ["How was the induction?", "topic"],
    ["¿Cuál fue el motivo de tu salida?", "reason"],
    ["¿Por qué has decidido dejar la empresa?", "reason"],
    ["Qu'est-ce qui vous aurait fait rester ?", "stay"],
    ["Si pudieras cambiar una cosa, ¿cuál sería?", "change"],
  ])("%s is a %s question", (question, kind) => {
    expect(questionKindOf(question)).toBe(kind);
  });
  it("treats reasons, stays and changes as asking for a complaint", () => {
    expect(asksForComplaint("reason") && asksForComplaint("stay") && asksForComplaint("change")).toBe(true);
    expect(asksForComplaint("topic")).toBe(false);
  });
});
