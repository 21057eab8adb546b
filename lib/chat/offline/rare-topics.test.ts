import { describe, expect, it } from "vitest";
import { mapCv } from "@/lib/chat/offline/cv-map";
import { written } from "@/lib/chat/offline/compose";
import { rareTopicAnswer } from "@/lib/chat/offline/rare-topics";
import { emptyProfile } from "@/lib/cv/profile";

describe("rareTopicAnswer", () => {
  it("answers from the line that states the subject, in another language too", () => {
    const map = mapCv(["Jürgen Weiß", "Führerschein   Klasse B", "Berufserfahrung"], emptyProfile());
    const out = written(rareTopicAnswer(map, "licence"));
    expect(out.kind).toBe("answer");
    expect(out.citations).toEqual([2]);
  });
  it("says the CV does not say when no line states it", () => {
    const out = written(rareTopicAnswer(mapCv(["Ana Ruiz", "Nurse"], emptyProfile()), "salary"));
    expect(out.kind).toBe("not_in_cv");
    expect(out.text).toContain("The CV does not say");
  });
});
