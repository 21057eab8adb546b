import { describe, expect, it } from "vitest";
import { findBirthDates, findIdentifiers, findLongNumbers } from "@/lib/exit/analysis/mask/identifiers";
import { tokensOf } from "@/lib/exit/analysis/mask/tokens";

const ids = (text: string) => findIdentifiers(tokensOf(text)).map((s) => text.slice(s.start, s.end));
const births = (text: string) => findBirthDates(tokensOf(text), text).map((s) => text.slice(s.start, s.end));

describe("findIdentifiers", () => {
  it("finds a grouped IBAN", () => {
    expect(ids("Pay it to GB33 BUKB 2020 1555 5555 55 today.")).toEqual(["GB33 BUKB 2020 1555 5555 55"]);
  });
  it("finds an insurance number spaced or not", () => {
    expect(ids("Mine is QQ 98 76 54 A and hers QQ123456B.")).toEqual(["QQ 98 76 54 A", "QQ123456B"]);
  });
  it("finds a long account number but not a short reference, a date or an amount", () => {
    const text = "Account 31926819, sort code 11-22-33, ticket INC-4411, on 01/02/2024, for €1,250,000.";
    expect(findLongNumbers(tokensOf(text)).map((s) => text.slice(s.start, s.end))).toEqual(["31926819", "11-22-33"]);
  });
});

describe("findBirthDates", () => {
  it("finds a date after a birth cue", () => {
    expect(births("I was born on 3 March 1990 in Leeds.")).toEqual(["3 March 1990"]);
    expect(births("The form has my date of birth wrong: it should be 07/11/1984.")).toEqual(["07/11/1984"]);
  });
  it("ignores dates with no birth cue", () => {
    expect(births("I started on 3 March 2019.")).toEqual([]);
  });
});
