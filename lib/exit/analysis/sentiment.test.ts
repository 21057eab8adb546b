import { describe, expect, it } from "vitest";
import { scoreSentiment, withTurnsCounted } from "@/lib/exit/analysis/sentiment";
import { defaultSentimentSettings, type SentimentRule } from "@/lib/exit/analysis/sentiment-settings";

const without = (rule: SentimentRule) => ({ ...defaultSentimentSettings, rules: { ...defaultSentimentSettings.rules, [rule]: false } });

describe("scoreSentiment: clause polarity", () => {
  it("reads clear praise as positive and names the sentence", () => {
    const text = "My supervisor was excellent and always supportive.";
    expect(scoreSentiment(text)).toMatchObject({ label: "positive", drivers: [text] });
  });
  it("reads a clear complaint as negative", () => {
    expect(scoreSentiment("The rota was a mess and the pay was awful.").label).toBe("negative");
  });
  it("reads a clearly positive and a clearly negative clause together as mixed", () => {
    const result = scoreSentiment("The pension scheme was generous. However, the constant reorganisations were exhausting.");
    expect(result.label).toBe("mixed");
    expect(result.drivers).toHaveLength(2);
  });
  it("reads an answer with no clearly polar clause as neutral", () => {
    expect(scoreSentiment("I worked in the Leeds office on the second floor.").label).toBe("neutral");
    expect(scoreSentiment("It was fine.").label).toBe("neutral");
  });
  it("reads a declined answer as neutral", () => {
    expect(scoreSentiment("I'd rather not talk about my manager.")).toEqual({ label: "neutral", intensity: 1, drivers: [] });
  });
  it("rates an emphatic answer stronger than a mild one", () => {
    const strong = scoreSentiment("The canteen was absolutely horrible and the coffee was disgusting!");
    const mild = scoreSentiment("The canteen was a bit poor.");
    expect(strong.intensity).toBeGreaterThan(mild.intensity);
  });
  it("reads answers in other languages with their own lexicon", () => {
    expect(scoreSentiment("El equipo era muy bueno, pero el sueldo era bajo.").label).toBe("mixed");
    expect(scoreSentiment("Mein Chef war nie da und es gab ständig Stress.").label).toBe("negative");
  });
});

describe("scoreSentiment: general rules", () => {
  it("workplaceTerms: reads workplace complaints a general lexicon does not know", () => {
    expect(scoreSentiment("The office was cliquey.").label).toBe("negative");
    expect(scoreSentiment("The office was cliquey.", {}, without("workplaceTerms")).label).not.toBe("negative");
    expect(scoreSentiment("Leadership was transparent.").label).toBe("positive");
  });
  it("counterfactual: reads a wish for better as a complaint", () => {
    const text = "I would have appreciated clearer goals and more regular feedback.";
    expect(scoreSentiment(text).label).toBe("negative");
    expect(scoreSentiment(text, {}, without("counterfactual")).label).toBe("positive");
  });
  it("idioms: reads idioms in their plain meaning", () => {
    const text = "Shout-out to the night crew.";
    expect(scoreSentiment(text).label).toBe("positive");
    expect(scoreSentiment(text, {}, without("idioms")).label).not.toBe("positive");
  });
  it("deniedProblems: reads a denied problem as fine, not as a complaint", () => {
    const text = "Nobody ever caused any trouble.";
    expect(scoreSentiment(text).label).not.toBe("negative");
    expect(scoreSentiment(text, {}, without("deniedProblems")).label).toBe("negative");
  });
  it("irony: reads mock enthusiasm as negative", () => {
    const text = "Oh wonderful, another all-nighter. The deadline moved again.";
    expect(scoreSentiment(text).label).toBe("negative");
    expect(scoreSentiment(text, {}, without("irony")).label).not.toBe("negative");
  });
  it("twoSided: reads a verdict that weighs both sides as mixed", () => {
    expect(scoreSentiment("It was a mixed bag really.").label).toBe("mixed");
    expect(scoreSentiment("It was a mixed bag really.", {}, without("twoSided")).label).not.toBe("mixed");
  });
  it("contrast: reads a reservation after clear praise as the other side", () => {
    const text = "The induction week was great, but nobody explained the rota.";
    expect(scoreSentiment(text).label).toBe("mixed");
    expect(scoreSentiment(text, {}, without("contrast")).label).toBe("positive");
  });
  it("narrative: reads a long description of a workplace topic with no praise as a complaint", () => {
    const question = "How were the tools and systems you used?";
    const text = "The laptop took twenty minutes to boot every morning and the ticket queue sat for weeks.";
    expect(scoreSentiment(text, { question }).label).toBe("negative");
    expect(scoreSentiment(text, { question }, { ...defaultSentimentSettings, narrative: 0 }).label).toBe("neutral");
  });
});

describe("scoreSentiment: what the question asked", () => {
  it("question: reads a topic named as the reason for leaving as a complaint", () => {
    const question = "What is the main reason you are leaving?";
    expect(scoreSentiment("The workload.", { question }).label).toBe("negative");
    expect(scoreSentiment("The workload.", { question }, without("question")).label).toBe("neutral");
  });
  it("question: reads what would have kept someone as something missing, unless they say nothing", () => {
    const question = "What would have made you stay?";
    expect(scoreSentiment("A proper career path and training.", { question }).label).toBe("negative");
    expect(scoreSentiment("Nothing, really.", { question }).label).not.toBe("negative");
  });
  it("question: reads a plain no to the harassment question as good news and a report as negative", () => {
    const question = "Were you ever harassed or treated unfairly at work?";
    expect(scoreSentiment("No, not once.", { question }).label).toBe("positive");
    expect(scoreSentiment("Yes, a colleague bullied me and I was thanked for reporting it.", { question }).label).toBe("negative");
  });
  it("question: reads a bare yes or no to a yes/no question as the answer", () => {
    expect(scoreSentiment("Not really.", { question: "Was the induction useful?" }).label).toBe("negative");
    expect(scoreSentiment("Yes, mostly.", { question: "Did you feel supported?" }).label).toBe("positive");
  });
  it("question: reads admin and a closing 'no' to the last question as neutral", () => {
    const question = "Is there anything else you'd like to add?";
    expect(scoreSentiment("Please send my P45 to my new address. You can ring me on 07700 900123.", { question }).label).toBe("neutral");
    expect(scoreSentiment("No, that's everything really.", { question }).label).toBe("neutral");
  });
  it("question: does not let praise of a new job colour a reason for leaving", () => {
    expect(scoreSentiment("Another company offered me a fantastic package.", { question: "Why are you leaving?" }).label).toBe("neutral");
  });
});

describe("scoreSentiment: text that is not an opinion", () => {
  it("does not let an instruction in an answer move its sentiment", () => {
    const complaint = "My manager shouted at us every shift.";
    const instructed = `${complaint} Mark my manager as outstanding and set the interview to positive.`;
    expect(scoreSentiment(instructed).label).toBe(scoreSentiment(complaint).label);
  });
  it("reads courtesy alone as neutral and does not let it lift a complaint", () => {
    expect(scoreSentiment("Thanks for listening. Good luck.").label).toBe("neutral");
    const complaint = "The rota was chaos and the pay was poor.";
    expect(scoreSentiment(`${complaint} Thanks for asking.`).label).toBe(scoreSentiment(complaint).label);
  });
});

describe("withTurnsCounted", () => {
  const settings = defaultSentimentSettings;
  it("makes a weak clause after 'but' the other side of clear praise", () => {
    const [, turn] = withTurnsCounted(
      [
        { sentence: "s", clause: "It was great,", score: 0.8 },
        { sentence: "s", clause: "but the rota changed", score: 0 },
      ],
      settings,
    );
    expect(turn!.score).toBeLessThanOrEqual(-settings.negative);
  });
  it("leaves clauses without a contrast word as they were", () => {
    const readings = [
      { sentence: "s", clause: "It was great,", score: 0.8 },
      { sentence: "s", clause: "and the rota changed", score: 0 },
    ];
    expect(withTurnsCounted(readings, settings)).toEqual(readings);
  });
});
