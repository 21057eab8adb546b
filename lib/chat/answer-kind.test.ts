import { describe, expect, it } from "vitest";
import { answerKindOf } from "@/lib/chat/answer-kind";
import { checkCitations } from "@/lib/chat/citations";

const lines = ["Sam Lee", "2018 – 2021 Engineer, Acme Corp"];
const kind = (text: string) => answerKindOf(text, checkCitations(text, lines));

describe("answerKindOf", () => {
  it("reads a decline in English and in the other languages of the chat", () => {
    expect(kind("The CV does not say what salary Sam expects.")).toBe("not_in_cv");
    expect(kind("El CV no lo indica.")).toBe("not_in_cv");
    expect(kind("Le CV ne précise pas son préavis.")).toBe("not_in_cv");
  });

  it("reads a refusal", () => {
    expect(kind("I can only answer questions about this CV. Ask me about Sam's experience.")).toBe("refused");
  });

  it("keeps an answer with checked evidence an answer, even when part of it is declined", () => {
    expect(kind("The CV does not say why Sam left, but Sam was an Engineer at Acme Corp [L2].")).toBe("answer");
    expect(kind("Sam was an Engineer at Acme Corp from 2018 to 2021 [L2].")).toBe("answer");
  });
});
