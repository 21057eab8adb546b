import { describe, expect, it } from "vitest";
import { ironyIn } from "@/lib/exit/analysis/sarcasm";

// Polarity stand-in: these tests are about the shapes of irony, not about a lexicon.
const praises = (sentence: string) => (/wonderful|great|brilliant/i.test(sentence) ? 0.6 : 0);

describe("ironyIn", () => {
  it("finds mock enthusiasm opening a longer answer", () => {
    const sentences = ["Oh, wonderful.", "They moved my desk three times without telling me."];
    expect(ironyIn(sentences, praises)?.sentences).toEqual([sentences[0]]);
  });
  it("does not read a one-sentence 'oh' as irony", () => {
    expect(ironyIn(["Oh, it was wonderful."], praises)).toBeNull();
  });
  it("finds a scoff", () => {
    expect(ironyIn(["Promotion?", "Ha."], praises)).not.toBeNull();
    expect(ironyIn(["Free parking lol"], praises)).not.toBeNull();
  });
  it("finds a rhetorical 'What X?' and 'Who needs ...'", () => {
    expect(ironyIn(["What training?", "I learned everything from videos."], praises)).not.toBeNull();
    expect(ironyIn(["Weekends at the desk again.", "Who needs a family anyway?"], praises)).not.toBeNull();
  });
  it("finds set phrases of sarcasm", () => {
    expect(ironyIn(["Nothing says teamwork like a 6 am email from your boss."], praises)).not.toBeNull();
    expect(ironyIn(["Gotta love a rota that changes on Sunday night."], praises)).not.toBeNull();
  });
  it("finds a short verdict of praise closing a complaint, but not after a bare denial", () => {
    const grim = (sentence: string) => (/broke|late|never/i.test(sentence) ? -0.5 : praises(sentence));
    expect(ironyIn(["The printer broke every week and IT came late.", "Brilliant."], grim)?.sentences).toEqual(["Brilliant."]);
    expect(ironyIn(["No, never.", "Everyone was great."], grim)).toBeNull();
  });
  it("leaves sincere answers alone", () => {
    expect(ironyIn(["The team was great.", "I will miss them."], praises)).toBeNull();
    expect(ironyIn(["What I liked most was the team?"], praises)).toBeNull();
  });
});
