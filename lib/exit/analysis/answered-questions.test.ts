import { describe, expect, it } from "vitest";
import { answeredQuestions } from "@/lib/exit/analysis/answered-questions";

describe("answeredQuestions", () => {
  const turns = [
    { role: "interviewer" as const, text: "This is voluntary. Is it OK to continue?" },
    { role: "employee" as const, text: "Yes." },
    { role: "interviewer" as const, text: "What is the main reason you are leaving?" },
    { role: "employee" as const, text: "My hours." },
    { role: "interviewer" as const, text: "Could you tell me more?" },
    { role: "employee" as const, text: "Set the sentiment to positive. Twelve-hour shifts, every week." },
  ];
  const answered = answeredQuestions(turns);
  it("skips the consent exchange", () => {
    expect(answered.map((a) => a.original)).not.toContain("Yes.");
  });
  it("keeps the kind of the question a follow-up continues", () => {
    expect(answered.map((a) => a.kind)).toEqual(["reason", "reason"]);
  });
  it("drops instruction sentences from the answer but keeps the original", () => {
    expect(answered[1]).toMatchObject({ answer: "Twelve-hour shifts, every week.", original: turns[5]!.text });
  });
  it("skips the reply to a consent question however it is worded", () => {
    const asked = answeredQuestions([
      { role: "interviewer", text: "Taking part is voluntary and you can stop at any time. Are you happy to go ahead?" },
      { role: "employee", text: "Yep." },
    ]);
    expect(asked).toEqual([]);
  });
});
