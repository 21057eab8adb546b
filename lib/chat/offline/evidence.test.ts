import { describe, expect, it } from "vitest";
import { asksAboutDeveloping, continuationOf, sentenceStart, tellsOfHeadcount, tellsOfLeadingPeople, tellsOfManaging } from "@/lib/chat/offline/evidence";
import { mapCv } from "@/lib/chat/offline/cv-map";
import { emptyProfile } from "@/lib/cv/profile";

const lines = [
  "• Built a fraud pipeline processing 50K events per second using",
  "Kafka and Go, reducing losses by 18%",
  "• Mentored 3 junior engineers.",
  "•",
  "Shipped search.",
];
const map = mapCv(lines, emptyProfile());

describe("wrapped sentences", () => {
  it("joins a line cut mid-phrase to the line carrying it on", () => {
    expect(continuationOf(map, 1)).toBe(2);
    expect(sentenceStart(map, 2)).toBe(1);
  });
  it("does not join a finished sentence or a new bullet", () => {
    expect(continuationOf(map, 2)).toBe(null);
    expect(continuationOf(map, 3)).toBe(null);
    expect(sentenceStart(map, 5)).toBe(5);
  });
});

describe("leadership evidence", () => {
  it("needs a verb of leading and people led", () => {
    expect(tellsOfLeadingPeople("Mentored 3 junior engineers")).toBe(true);
    expect(tellsOfLeadingPeople("Managed 3 Kubernetes clusters")).toBe(false);
  });
  it("reads a headcount in digits or words", () => {
    expect(tellsOfHeadcount("Mentored a team of four junior developers")).toBe(true);
    expect(tellsOfHeadcount("Mentored junior developers")).toBe(false);
  });
});

describe("managing people", () => {
  it("reads running a team or a shift of workers as leading people", () => {
    expect(tellsOfLeadingPeople("Ran a team of 4 bakers on early shifts")).toBe(true);
    expect(tellsOfLeadingPeople("Supervise a night shift of 22 operatives")).toBe(true);
    expect(tellsOfLeadingPeople("Tutrice de 6 étudiants infirmiers")).toBe(true);
    expect(tellsOfLeadingPeople("Ran the after-school chess club")).toBe(false);
  });
  it("tells managing from mentoring or training", () => {
    expect(tellsOfManaging("Ran a team of 4 bakers")).toBe(true);
    expect(tellsOfManaging("Line-managed two analysts")).toBe(true);
    expect(tellsOfManaging("Mentored two junior analysts")).toBe(false);
    expect(tellsOfManaging("Trained 10 new starters")).toBe(false);
  });
  it("reads a question about mentoring or training as asking about developing people", () => {
    expect(asksAboutDeveloping("Has she supervised or trained anyone?")).toBe(true);
    expect(asksAboutDeveloping("Has he managed people?")).toBe(false);
  });
});
