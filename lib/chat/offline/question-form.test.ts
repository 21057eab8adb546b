import { describe, expect, it } from "vitest";
import { asksFirstJob, asksFit, asksLatestJob, asksPresentEmployer, asksWhoIs, asksYesOrNo, pointsAtEmployer } from "@/lib/chat/offline/question-form";
import { wordsFor } from "@/lib/chat/offline/words";

const w = wordsFor;

describe("question form", () => {
  it("tells yes/no questions from wh-questions", () => {
    expect(asksYesOrNo(w("Is she still at Acme?"))).toBe(true);
    expect(asksYesOrNo(w("Has he managed people?"))).toBe(true);
    expect(asksYesOrNo(w("Who is his current employer?"))).toBe(false);
    expect(asksYesOrNo(w("Where does she work?"))).toBe(false);
    expect(asksYesOrNo(w("Was ist ihre aktuelle Position?"))).toBe(false);
    expect(asksYesOrNo(w("Was she at Acme in 2019?"))).toBe(true);
  });
  it("reads a present-tense where/who question about work as asking for the current employer", () => {
    expect(asksPresentEmployer(w("Where does Pat work?"))).toBe(true);
    expect(asksPresentEmployer(w("Where's she working?"))).toBe(true);
    expect(asksPresentEmployer(w("Who employs him?"))).toBe(true);
    expect(asksPresentEmployer(w("Where did she work in 2019?"))).toBe(false);
    expect(asksPresentEmployer(w("Where did he work before?"))).toBe(false);
    expect(asksPresentEmployer(w("Where does she live?"))).toBe(false);
  });
  it("finds an employer named right after before or after", () => {
    expect(pointsAtEmployer(w("What did she do before The Old Mill?"), ["The Old Mill"])).toBe(true);
    expect(pointsAtEmployer(w("What did she do at The Old Mill before that?"), ["The Old Mill"])).toBe(false);
    expect(pointsAtEmployer(w("What did she do before Acme?"), ["The Old Mill"])).toBe(false);
  });
  it("recognises questions about the latest and the first job, and about fit", () => {
    expect(asksLatestJob(w("What does she do for a living?"))).toBe(true);
    expect(asksLatestJob(w("What's his most recent role?"))).toBe(true);
    expect(asksLatestJob(w("What did she do in 2015?"))).toBe(false);
    expect(asksLatestJob(w("What does Julia do?"))).toBe(true);
    expect(asksLatestJob(w("What is her role?"))).toBe(true);
    expect(asksLatestJob(w("What was her role?"))).toBe(false);
    expect(asksWhoIs(w("Who is Priya?"))).toBe(true);
    expect(asksWhoIs(w("Who is her current employer?"))).toBe(false);
    expect(asksFirstJob(w("Where did he start his career?"))).toBe(true);
    expect(asksFirstJob(w("What was her first job?"))).toBe(true);
    expect(asksFirstJob(w("What did she do in her first year?"))).toBe(false);
    expect(asksFit(w("Is she a good fit for a head chef role?"))).toBe(true);
    expect(asksFit(w("Has she used Kafka?"))).toBe(false);
  });
});
