import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseJsonAnswer } from "@/lib/ai/json-answer";

const schema = z.object({ title: z.string(), skills: z.array(z.string()) });
const valid = '{"title": "Nurse", "skills": ["Triage"]}';

describe("reading a model's JSON answer", () => {
  it.each([
    ["as it is", valid],
    ["in a code fence", "```json\n" + valid + "\n```"],
    ["after a sentence and before another", `Here is the JSON:\n${valid}\nLet me know if you need more.`],
  ])("reads JSON %s", (_, text) => {
    expect(parseJsonAnswer(text, schema)).toEqual({ success: true, data: { title: "Nurse", skills: ["Triage"] } });
  });

  it("says when the answer is not JSON", () => {
    expect(parseJsonAnswer("Sure! The nurse needs triage.", schema)).toEqual({ success: false, problem: "the answer is not JSON" });
  });

  it("names the fields that do not fit, never their values", () => {
    const result = parseJsonAnswer('{"title": "Secret Project Lead", "skills": "Triage"}', schema);
    expect(result).toEqual({ success: false, problem: "the JSON does not fit the schema at skills" });
  });
});
