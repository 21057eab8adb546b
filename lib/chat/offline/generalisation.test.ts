import { describe, expect, it } from "vitest";
import { answerFromCv } from "@/lib/chat/offline/answer";
import { numberedCvLines } from "@/lib/chat/cv-lines";
import { parseProfileHeuristically } from "@/lib/cv/parse/heuristic";
import type { ChatTurn } from "@/lib/chat/answer";

// Small CVs written for these tests; each expectation is read from their lines by `lineOf`.

function cvOf(text: string) {
  const lines = numberedCvLines(text);
  const profile = parseProfileHeuristically(text.split("\n"));
  const ask = (question: string, history: ChatTurn[] = []) => answerFromCv({ lines, profile, question, history, now: new Date(Date.UTC(2026, 0, 1)) });
  const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
  return { ask, lineOf };
}

const baker = cvOf(`Pat Quinn
pat.quinn@example.com
Experience
Head Baker, Crumb & Co, York
2019 – Present
• Ran a team of 4 bakers
• Cut flour waste by 15% with daily dough planning
Pastry Chef, The Old Mill, Leeds
2015 – 2019
• Created seasonal menus
• Won Best Patisserie at the regional food awards
Commis Chef, Harbour Hotel, Whitby
2013 – 2015
• Prepared breakfast service
Education
City & Guilds Diploma in Patisserie, Leeds College, 2014
Skills
Sourdough, Lamination, Food safety`);

describe("the current job", () => {
  it("answers 'where does she work' with the current job, cited", () => {
    const reply = baker.ask("Where does Pat work?");
    expect(reply.kind).toBe("answer");
    expect(reply.text).toContain("Crumb & Co");
    expect(reply.citations).toContain(baker.lineOf("Head Baker, Crumb & Co"));
  });
  it("opens with a verdict only for a yes/no question", () => {
    expect(baker.ask("Who is Pat's current employer?").text.startsWith("Yes")).toBe(false);
    expect(baker.ask("Is Pat currently employed?").text.startsWith("Yes")).toBe(true);
  });
  it("says whether a named job still runs", () => {
    expect(baker.ask("Is she still at Crumb & Co?").text.startsWith("Yes")).toBe(true);
    expect(baker.ask("Is she still at The Old Mill?").text.startsWith("No")).toBe(true);
  });
  it("answers the first job with the earliest one", () => {
    const reply = baker.ask("What was her first job?");
    expect(reply.text).toContain("Harbour Hotel");
    expect(reply.citations).toContain(baker.lineOf("Commis Chef, Harbour Hotel"));
  });
});

describe("the order of jobs", () => {
  it("answers 'what did she do before <employer>' with the job before it", () => {
    const reply = baker.ask("What did she do before The Old Mill?");
    expect(reply.text).toContain("Harbour Hotel");
    expect(reply.citations).not.toContain(baker.lineOf("Pastry Chef, The Old Mill"));
  });
  it("follows 'and before that?' and 'what did she do there?' from the previous answer", () => {
    const first = baker.ask("Where does Pat work?");
    const before = baker.ask("And before that?", [{ question: "Where does Pat work?", answer: first.text, citations: first.citations }]);
    expect(before.text).toContain("The Old Mill");
    const there = baker.ask("What did she do there?", [{ question: "And before that?", answer: before.text, citations: before.citations }]);
    expect(there.citations).toContain(baker.lineOf("Created seasonal menus"));
    expect(there.citations).not.toContain(baker.lineOf("Ran a team of 4 bakers"));
  });
});

describe("evidence of managing people and of achievements", () => {
  it("reads 'ran a team of 4 bakers' as managing people", () => {
    const reply = baker.ask("Has Pat managed people?");
    expect(reply.text.startsWith("Yes")).toBe(true);
    expect(reply.citations).toContain(baker.lineOf("Ran a team of 4 bakers"));
  });
  it("quotes the lines that state results, and only those", () => {
    const reply = baker.ask("What are Pat's strongest achievements?");
    expect(reply.kind).toBe("answer");
    const results = ["Cut flour waste by 15%", "Won Best Patisserie"].map(baker.lineOf);
    for (const line of results) expect(reply.citations).toContain(line);
    expect(reply.citations).not.toContain(baker.lineOf("Ran a team of 4 bakers"));
    expect(reply.citations).not.toContain(baker.lineOf("Prepared breakfast service"));
  });
  it("calls mentoring alone partial evidence of managing", () => {
    const analyst = cvOf(`Tom Reyes
Experience
Data Analyst, Lumen Energy, Lisbon
2022 – Present
* Mentored two junior analysts
* Built a sales dashboard`);
    const reply = analyst.ask("Has he managed anyone?");
    expect(reply.text.startsWith("Partly")).toBe(true);
    expect(reply.citations).toContain(analyst.lineOf("Mentored two junior analysts"));
    expect(analyst.ask("Has he mentored anyone?").text.startsWith("Yes")).toBe(true);
  });
});

describe("time in an occupation", () => {
  it("counts from the earliest job whose title names it", () => {
    const teacher = cvOf(`Aisha Khan
Experience
Class Teacher, St Anne's Primary, Leeds
2020 – Present
Class Teacher, Oakfield Primary, Salford
2017 – 2020
Shop Assistant, Corner Books, Salford
2014 – 2017`);
    const reply = teacher.ask("How long has she been a teacher?");
    expect(reply.text).toContain("2017");
    expect(reply.citations).toContain(teacher.lineOf("Oakfield Primary"));
    expect(reply.citations).not.toContain(teacher.lineOf("Corner Books"));
  });
});

describe("a CV without headings", () => {
  it("reads its dated lines as jobs", () => {
    const thin = cvOf(`Pat First
2019 – 2022 Baker, Crumb & Co, York`);
    const reply = thin.ask("Where does Pat work?");
    expect(reply.kind).toBe("answer");
    expect(reply.text).toContain("Crumb & Co");
    expect(reply.citations).toEqual([thin.lineOf("Crumb & Co")]);
  });
});

describe("dates at an employer with two roles", () => {
  const warehouse = cvOf(`Marc Bell
Work History
June 2017 – February 2021 Team Leader, QuickParcel Ltd, Coventry
- Led a team of 8 pickers
August 2015 – May 2017 Warehouse Operative, QuickParcel Ltd, Coventry
- Picked and packed orders`);
  it("answers the start with the first role and the end with the last", () => {
    const start = warehouse.ask("When did he start at QuickParcel?");
    expect(start.text).toContain("August 2015");
    expect(start.citations).toEqual([warehouse.lineOf("Warehouse Operative")]);
    const end = warehouse.ask("When did he leave QuickParcel?");
    expect(end.text).toContain("February 2021");
    expect(end.citations).toEqual([warehouse.lineOf("Team Leader")]);
  });
});

describe("questions that name a subject", () => {
  it("answers 'tell me about her education' with the education, not a summary", () => {
    const reply = baker.ask("Tell me about her education");
    expect(reply.citations).toEqual([baker.lineOf("City & Guilds")]);
  });
  it("reads 'certs' as certifications", () => {
    const nurse = cvOf(`Ana Ruiz
Certifications
Advanced Life Support (ALS)
Skills
Triage`);
    expect(nurse.ask("what certs does she have").citations).toEqual([nurse.lineOf("Advanced Life Support")]);
  });
});

describe("questions about earlier jobs without a previous answer", () => {
  it("lists the jobs before the latest", () => {
    const reply = baker.ask("Where did Pat work before?");
    expect(reply.text).toContain("The Old Mill");
    expect(reply.text).toContain("Harbour Hotel");
    expect(reply.citations).not.toContain(baker.lineOf("Head Baker, Crumb & Co"));
  });
  it("answers 'before he became <title>' with the job before the one so titled", () => {
    const retail = cvOf(`Owen Price
Career
Store Manager, Northgate Fashion, Bristol
2018 – Present
Assistant Store Manager, Northgate Fashion, Bath
2015 – 2018`);
    const reply = retail.ask("What was his role before he became store manager?");
    expect(reply.text).toContain("Assistant Store Manager");
    expect(reply.citations).toContain(retail.lineOf("Assistant Store Manager"));
  });
});

describe("present-tense questions with other verbs", () => {
  it("reads 'where … these days' as the current job", () => {
    const reply = baker.ask("Where's Pat baking these days?");
    expect(reply.text).toContain("Crumb & Co");
    expect(reply.text.startsWith("Yes")).toBe(false);
  });
  it("does not read a question about free time as one about the job", () => {
    expect(baker.ask("What does she do outside work?").text).not.toContain("Crumb & Co");
  });
});

describe("a degree asked about when only schooling is listed", () => {
  it("says no and cites what is listed", () => {
    const school = cvOf(`Owen Price
Experience
Sales Associate, Threadline, Bath
2012 – 2015
Education
A-levels: Business, English, Art, Bath College, 2012`);
    const reply = school.ask("Has he got a degree?");
    expect(reply.text.startsWith("No")).toBe(true);
    expect(reply.citations).toContain(school.lineOf("A-levels"));
  });
});

describe("other words for a subject", () => {
  it("finds 'volunteer' for a question about volunteering", () => {
    const cook = cvOf(`Lucy Hart
Experience
Chef de Partie, The Larder, Edinburgh
2022 – Present
Volunteer
Community Kitchen Edinburgh, volunteer cook, 2020 to present`);
    expect(cook.ask("Does she do any volunteering?").citations).toEqual([cook.lineOf("volunteer cook")]);
  });
  it("reads 'how many staff does he look after' as a headcount", () => {
    const retail = cvOf(`Owen Price
Career
Store Manager, Northgate Fashion, Bristol
2018 – Present
Responsible for a store of 35 staff and a team of buyers`);
    const reply = retail.ask("How many staff does he look after?");
    expect(reply.text).toContain("35 staff");
    expect(reply.citations).toContain(retail.lineOf("35 staff"));
  });
});

describe("verdicts on evidence", () => {
  const cook = cvOf(`Lucy Hart
Experience
Chef de Partie, The Larder, Edinburgh
2022 – Present
– Trained two commis chefs
Skills
Pastry, Kafka`);
  it("says yes only when the lines hold every word asked about", () => {
    expect(cook.ask("Is she a head chef?").text.startsWith("Yes")).toBe(false);
    expect(cook.ask("Has she worked with Kafka?").text.startsWith("Yes")).toBe(true);
  });
  it("gives no verdict on fit for a role, only the evidence", () => {
    expect(cook.ask("Is she a good fit for a pastry chef role?").text.startsWith("Yes")).toBe(false);
  });
  it("reads German 'Was ist ihre aktuelle Position?' as asking for the current job, without a yes", () => {
    const reply = cook.ask("Was ist ihre aktuelle Position?");
    expect(reply.text).toContain("The Larder");
    expect(reply.text).not.toContain("Yes");
  });
});

describe("details of education and titles", () => {
  const graduate = cvOf(`Jordan Lee
Education
BEng Mechanical Engineering, University of Bristol, 2021 – 2025 (First Class Honours)
Experience
Sales Associate, Threadline, Bath
2019 – 2021`);
  it("quotes the line that states a grade, and says so when none does", () => {
    expect(graduate.ask("What grade did he get in his degree?").citations).toEqual([graduate.lineOf("First Class Honours")]);
    expect(baker.ask("What was her GPA?").kind).toBe("not_in_cv");
  });
  it("answers yes to a title the CV lists", () => {
    const reply = graduate.ask("Was he ever a sales associate?");
    expect(reply.text.startsWith("Yes")).toBe(true);
    expect(reply.citations).toContain(graduate.lineOf("Sales Associate"));
  });
  it("refuses to write a cover letter", () => {
    expect(graduate.ask("Write a cover letter for him").kind).toBe("refused");
  });
});
