import { describe, expect, it } from "vitest";
import { bareVerdictOf, polarQuestion, readQuestion, withoutPullSentences } from "@/lib/exit/analysis/question-rules";

describe("polarQuestion", () => {
  it("recognises yes/no and degree questions", () => {
    expect(polarQuestion("Was the training useful?")).toBe(true);
    expect(polarQuestion("How supported did you feel?")).toBe(true);
    expect(polarQuestion("How did you feel about the pay?")).toBe(false);
    expect(polarQuestion("What did you enjoy most?")).toBe(false);
  });
});

describe("bareVerdictOf", () => {
  it("reads a short yes or no, but not a hedged one", () => {
    expect(bareVerdictOf("Not at all.")).toBe("no");
    expect(bareVerdictOf("Yes, definitely.")).toBe("yes");
    expect(bareVerdictOf("Maybe, in some teams.")).toBeNull();
    expect(bareVerdictOf("Never say never.")).toBeNull();
    expect(bareVerdictOf("The rota changed every week without any notice.")).toBeNull();
  });
});

describe("withoutPullSentences", () => {
  it("drops sentences about the new job or a move", () => {
    expect(withoutPullSentences(["A rival offered me a better title.", "The rota here was chaos."])).toBe("The rota here was chaos.");
  });
});

describe("readQuestion", () => {
  it("implies a complaint when a reason or a wish names a topic", () => {
    expect(readQuestion("What would have kept you?", "Proper training.")).toMatchObject({ implied: -1, decisive: true });
    // A reason can come with praise of what was good, so it is one reading among others.
    expect(readQuestion("Why are you leaving?", "My manager.")).toMatchObject({ implied: -1, decisive: false });
  });
  it("implies nothing when the reason is a pull or the answer says nothing", () => {
    expect(readQuestion("Why are you leaving?", "A better offer from a competitor.").implied).toBe(0);
    expect(readQuestion("What would have kept you?", "Nothing, really.").implied).toBe(0);
  });
  it("implies praise when the question asked what someone enjoyed and they name it", () => {
    expect(readQuestion("What did you enjoy most?", "The team.").implied).toBe(1);
  });
  it("reads the harassment question: a report is a report, a plain no is good news", () => {
    expect(readQuestion("Were you ever harassed or bullied?", "Yes, by a supervisor.").decisive).toBe(true);
    expect(readQuestion("Were you ever harassed or bullied?", "No, never.")).toMatchObject({ implied: 1, decisive: false });
  });
  it("reads a closing 'no' or admin to the last question as closing", () => {
    expect(readQuestion("Is there anything else?", "No, that's all.").closing).toBe(true);
    expect(readQuestion("Is there anything else?", "The car park needs lighting.").closing).toBe(false);
  });
  it("reads a no to a question asking for criticism as good news", () => {
    expect(readQuestion("Is there anything your manager could have done better?", "No.").implied).toBe(1);
    expect(readQuestion("Did your manager support you?", "No.").implied).toBe(-1);
  });
  it("leaves answers the question says nothing about alone", () => {
    expect(readQuestion("How was the canteen?", "The canteen was great.")).toMatchObject({ implied: 0, closing: false });
  });
});
