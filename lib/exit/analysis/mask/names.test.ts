import { describe, expect, it } from "vitest";
import { findNames } from "@/lib/exit/analysis/mask/names";

const names = (text: string, known?: string[]) => findNames(text, known).map((s) => text.slice(s.start, s.end));

describe("findNames", () => {
  it("finds a full name mid-sentence and every later mention", () => {
    expect(names("I reported it to Olumide Bakare twice. Olumide never replied.")).toEqual(["Olumide Bakare", "Olumide"]);
  });
  it("finds a name after a title or a role, without the title", () => {
    expect(names("Ms Kowalczyk was kind.")).toEqual(["Kowalczyk"]);
    expect(names("My supervisor, Rashid, was kind.")).toEqual(["Rashid"]);
  });
  it("finds a name that opens a sentence when a verb follows", () => {
    expect(names("Tamsin helped me every day.")).toEqual(["Tamsin"]);
  });
  it("leaves places, organisations, tools and topics alone", () => {
    expect(names("We moved to Dundee and I joined the Glasgow office. Salary was fine, Jira was slow.")).toEqual([]);
    expect(names("My new job is at Pellow & Finch.")).toEqual([]);
    expect(names("The rent is too high for Brighton.")).toEqual([]);
  });
  it("finds names the caller already knows", () => {
    expect(names("ask jo about it", ["Jo"])).toEqual([]);
    expect(names("Ask Jo about it.", ["Jo"])).toEqual(["Jo"]);
  });
  it("finds a name after a role word in another language", () => {
    expect(names("Mi jefa, Lucía, nunca contestaba.")).toEqual(["Lucía"]);
  });
  it("finds a full name opening a sentence when neither word is English", () => {
    expect(names("Please note: Tevita Fifita, starting Monday.")).toEqual(["Tevita Fifita"]);
  });
  it("leaves plural things and groups opening a sentence alone", () => {
    expect(names("Printers were always jammed. Engineers are great.")).toEqual([]);
  });
  it("finds a lower-case name after a role or 'with'", () => {
    expect(names("I worked with ravindra on the night shift.")).toEqual(["ravindra"]);
  });
  it("finds a name opening a sentence in another language when a verb follows", () => {
    expect(names("Muy bien. Ximena era justa conmigo.")).toEqual(["Ximena"]);
  });
  it("finds a name with an apostrophe after a title, and one after a sentence-opening verb", () => {
    expect(names("Mrs O'Brien ran the ward.")).toEqual(["O'Brien"]);
    expect(names("Ask Ngozi, she knows.")).toEqual(["Ngozi"]);
  });
  it("finds an unknown word opening a sentence before a link to a team", () => {
    expect(names("Tariq in payroll sorted it.")).toEqual(["Tariq"]);
  });
  it("finds a name after 'with' in another language", () => {
    expect(names("J'ai travaillé avec Solène pendant deux ans.")).toEqual(["Solène"]);
  });
  it("finds a known name however it was typed, but not an everyday word that happens to be one", () => {
    expect(names("john baptiste never gave feedback, sam okafor here", ["Sam Okafor", "John Baptiste"])).toEqual(["john baptiste", "sam okafor"]);
    expect(names("I will miss the team.", ["Will Rose"])).toEqual([]);
    expect(names("will rose was kind.", ["Will Rose"])).toEqual(["will rose"]);
  });
});
