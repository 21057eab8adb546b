import { describe, expect, it } from "vitest";
import { calendarMonth, dateRank, findDateRange } from "@/lib/cv/parse/dates";
import { parseExperience } from "@/lib/cv/parse/experience";

const jobs = (lines: string[]) =>
  parseExperience(lines).map((j) => ({
    title: j.title?.value ?? null,
    company: j.company?.value ?? null,
    start: j.start?.value ?? null,
    end: j.end?.value ?? null,
    current: j.current,
    bullets: j.bullets.map((b) => b.value),
  }));

describe("reading jobs", () => {
  it("keeps the last bullet of a job when the next job's title shares a line with its dates", () => {
    const read = jobs([
      "Platform Engineer   Mar 2021 - Present",
      "Brightwave   Leeds, UK",
      "• Moved the billing jobs onto a queue, cutting failed runs by",
      "half across the year",
      "• Wrote the on-call guide used by four teams",
      "Support Engineer   Jan 2018 - Feb 2021",
      "Hollis Data   York, UK",
      "• Answered 40 tickets a day",
    ]);
    expect(read.map((j) => [j.title, j.company])).toEqual([
      ["Platform Engineer", "Brightwave"],
      ["Support Engineer", "Hollis Data"],
    ]);
    expect(read[0]!.bullets).toEqual([
      "Moved the billing jobs onto a queue, cutting failed runs by half across the year",
      "Wrote the on-call guide used by four teams",
    ]);
    expect(read[0]!.current).toBe(true);
  });

  it("reads 'Company | Title | City' headings with the dates on the line below", () => {
    const read = jobs([
      "Kestrel Logistics Ltd | Forklift Operator | Hull",
      "Jan. 2022 – Current",
      "Loaded 30 trailers a shift.",
      "Kept a clean safety record for two years.",
      "Moor Bakery | Counter Assistant | Beverley",
      "Jun. 2019 – Dec. 2021",
      "Served customers and cashed up at close.",
    ]);
    expect(read.map((j) => [j.title, j.company, j.start, j.end])).toEqual([
      ["Forklift Operator", "Kestrel Logistics Ltd", "Jan. 2022", null],
      ["Counter Assistant", "Moor Bakery", "Jun. 2019", "Dec. 2021"],
    ]);
    expect(read[0]!.bullets).toHaveLength(2);
  });

  it("leaves a unit named after the title out of it: 'Title, Unit – Employer'", () => {
    const read = jobs(["Staff Nurse, Renal Unit – St Columba Infirmary", "04/2018 – present", "Cared for 6 dialysis patients a shift."]);
    expect(read[0]).toMatchObject({ title: "Staff Nurse", company: "St Columba Infirmary", current: true });
  });

  it("reads a date-column table whose duties carry no bullet marks or full stops, one duty per line", () => {
    const read = jobs([
      "seit 04/2020   Anlagenmechaniker für Sanitär- und Heizungstechnik",
      "Haustechnik Vogel GmbH, Kassel",
      "Wartung von Gas-Brennwertkesseln in Mehrfamilienhäusern",
      "Einbau von Wärmepumpen und Pufferspeichern",
      "09/2016 – 03/2020   Monteur",
      "Bad & Wärme Roth KG, Fulda",
      "Montage von Badinstallationen",
    ]);
    expect(read.map((j) => [j.title, j.company, j.current])).toEqual([
      ["Anlagenmechaniker für Sanitär- und Heizungstechnik", "Haustechnik Vogel GmbH", true],
      ["Monteur", "Bad & Wärme Roth KG", false],
    ]);
    expect(read[0]!.bullets).toEqual(["Wartung von Gas-Brennwertkesseln in Mehrfamilienhäusern", "Einbau von Wärmepumpen und Pufferspeichern"]);
  });

  it("reads dates first, then the employer, then the title, with month names and 'today' in French", () => {
    const read = jobs([
      "Octobre 2020 – aujourd’hui",
      "Boulangerie du Marché, Nantes",
      "Boulangère",
      "Préparation des pains au levain",
      "Mars 2017 – septembre 2020",
      "Hôtel des Dunes, La Baule",
      "Commis de cuisine",
      "Mise en place du petit-déjeuner",
    ]);
    expect(read.map((j) => [j.title, j.company, j.current])).toEqual([
      ["Boulangère", "Boulangerie du Marché", true],
      ["Commis de cuisine", "Hôtel des Dunes", false],
    ]);
    expect(read[1]!.bullets).toEqual(["Mise en place du petit-déjeuner"]);
  });

  it("gives a bullet mark extracted on a line of its own to the line above it", () => {
    const read = jobs([
      "Data Engineer   Jan 2020 - Present",
      "Orbital Foods   Madrid",
      "Built the nightly sales pipeline in Airflow and dbt, replacing",
      "•",
      "a tangle of cron jobs",
      "Cut warehouse costs by a third",
      "•",
    ]);
    expect(read[0]!.bullets).toEqual([
      "Built the nightly sales pipeline in Airflow and dbt, replacing a tangle of cron jobs",
      "Cut warehouse costs by a third",
    ]);
  });

  it("reads dates printed on the first bullet's line, and leaves the job's length out of the bullet", () => {
    const read = jobs([
      "Tessellate, Founding Engineer   Berlin, Germany",
      "• Built the rendering service from scratch   May 2021 – present",
      "in Rust   3 years 2 months",
      "• Hired the first five engineers",
    ]);
    expect(read[0]).toMatchObject({ title: "Founding Engineer", company: "Tessellate", current: true });
    expect(read[0]!.bullets).toEqual(["Built the rendering service from scratch in Rust", "Hired the first five engineers"]);
  });

  it("joins a date column wrapped onto the next line ('2019 –' / 'Present …')", () => {
    const read = jobs(["2019 – Account Manager, Fenwick Print, Bristol, UK", "Present Looked after 60 accounts and renewed 90 % of them."]);
    expect(read[0]).toMatchObject({
      title: "Account Manager",
      company: "Fenwick Print",
      current: true,
      bullets: ["Looked after 60 accounts and renewed 90 % of them."],
    });
  });

  it("reads an unfilled template's placeholder dates as no dates", () => {
    const read = jobs(["year–year Job title, Employer, City.", "General description."]);
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({ start: null, end: null, bullets: ["General description."] });
  });

  it("follows the order the other jobs use when a heading's words do not tell title from employer", () => {
    const read = jobs([
      "Harbour Systems Ltd | Software Developer",
      "2019 – 2022",
      "Wrote the booking API.",
      "Tidewater | Navigator",
      "2015 – 2019",
      "Planned coastal routes.",
    ]);
    expect(read.map((j) => [j.title, j.company])).toEqual([
      ["Software Developer", "Harbour Systems Ltd"],
      ["Navigator", "Tidewater"],
    ]);
  });
});

describe("telling bullets from what surrounds them", () => {
  it("leaves a place or a link on its own line out of the bullets (Europass-style heading blocks)", () => {
    const read = jobs([
      "Mar 2020 - Present Lumen Studio Ltd",
      "Product Designer",
      "Porto, Portugal",
      "https://lumen.example/",
      "Redesigned the checkout, lifting conversion by 12%.",
      "Ran weekly usability sessions with customers.",
    ]);
    expect(read[0]).toMatchObject({ title: "Product Designer", company: "Lumen Studio Ltd" });
    expect(read[0]!.bullets).toEqual(["Redesigned the checkout, lifting conversion by 12%.", "Ran weekly usability sessions with customers."]);
  });

  it("never runs a bullet on into a heading in capitals, nor into the items a colon announces", () => {
    const read = jobs([
      "Rowan Labs | Research Engineer",
      "Jan 2019 – May 2019 | Oxford, UK & Leeds, UK",
      "• Led a reading group on sequence models for the whole lab.",
      "PUBLICATIONS",
      "• Shipped three tools to the lab, including:",
      "a corpus browser",
    ]);
    expect(read[0]).toMatchObject({ title: "Research Engineer", company: "Rowan Labs" });
    expect(read[0]!.bullets.map((b) => b)).toEqual([
      "Led a reading group on sequence models for the whole lab.",
      "PUBLICATIONS",
      "Shipped three tools to the lab, including:",
      "a corpus browser",
    ]);
  });

  it("takes no line from above when the dates line names the title and the employer", () => {
    const read = jobs(["Hospitality", "2016 – 2019   Night Porter, Grand Quay Hotel, Cork.", "Handled late arrivals and the night audit."]);
    expect(read[0]).toMatchObject({ title: "Night Porter", company: "Grand Quay Hotel", bullets: ["Handled late arrivals and the night audit."] });
  });
});

describe("reading the employer", () => {
  it("leaves a town after the employer out of it, after a comma, in brackets or as 'City, ST', but keeps a bracketed brand", () => {
    const read = jobs([
      "Soldadora, Metales Ortuella (Sestao)",
      "05/2019 - Actualidad",
      "Soldadura de estructuras",
      "Jan 2016 – Apr 2019 | Accounts Clerk | Pinecrest Dental Group, Tacoma, WA",
      "Site Lead, Bluefin Pay Inc. (FinPayGo)",
      "2012 – 2015",
    ]);
    expect(read.map((j) => j.company)).toEqual(["Metales Ortuella", "Pinecrest Dental Group", "Bluefin Pay Inc. (FinPayGo)"]);
  });

  it("splits 'Title presso Employer' and 'Title na Employer'", () => {
    const read = jobs(["Analista di dati presso Ferrovie Lario   2020 – 2023", "Assistente jurídica na Costa & Filhos   2017 – 2020"]);
    expect(read.map((j) => [j.title, j.company])).toEqual([
      ["Analista di dati", "Ferrovie Lario"],
      ["Assistente jurídica", "Costa & Filhos"],
    ]);
  });

  it("ends a range that a narrow date column wrapped onto the next line", () => {
    const read = jobs(["März 2015 – Juni   Fahrdienstleiter", "2019   Regionalbahn Ost GmbH, Leipzig", "Planung der Umläufe"]);
    expect(read[0]).toMatchObject({ title: "Fahrdienstleiter", company: "Regionalbahn Ost GmbH", start: "März 2015", end: "Juni 2019" });
  });
});

describe("roles grouped under one employer", () => {
  it("gives each role under an employer's heading that employer, its own dates and its own bullets", () => {
    const read = jobs([
      "Marlow Garden Centres, York   Apr '16 – Present",
      "Branch Manager",
      "Jan '20 – Present",
      "Ran a branch of 25 staff.",
      "Deputy Manager",
      "Apr '16 – Dec '19",
      "Planned the weekly rota.",
      "Ouse Hardware, Selby   2012 – 2016",
      "Sales Assistant",
      "2012 – 2016",
      "Served trade customers.",
    ]);
    expect(read.map((j) => [j.title, j.company, j.start, j.end, j.bullets])).toEqual([
      ["Branch Manager", "Marlow Garden Centres", "Jan '20", null, ["Ran a branch of 25 staff."]],
      ["Deputy Manager", "Marlow Garden Centres", "Apr '16", "Dec '19", ["Planned the weekly rota."]],
      ["Sales Assistant", "Ouse Hardware", "2012", "2016", ["Served trade customers."]],
    ]);
  });

  it("takes the employer from the line below a dates line whose title has a comma", () => {
    const read = jobs(["Senior Youth Worker, Family Support   2020-05 – present", "Borough of Eastcliff Council, Eastcliff", "Led a team of four."]);
    expect(read[0]).toMatchObject({ title: "Senior Youth Worker, Family Support", company: "Borough of Eastcliff Council", bullets: ["Led a team of four."] });
  });
});

describe("reading dates", () => {
  it("reads month names in every language the app reads, and 'since' as a current job", () => {
    expect(calendarMonth("Septiembre 2022")).toEqual({ year: 2022, month: 9 });
    expect(calendarMonth("März 2020")).toEqual({ year: 2020, month: 3 });
    expect(calendarMonth("févr. 2019")).toEqual({ year: 2019, month: 2 });
    expect(calendarMonth("Summer 2021")).toEqual({ year: 2021, month: null });
    expect(calendarMonth("2017")).toEqual({ year: 2017, month: null });
    expect(findDateRange("Depuis janvier 2023")).toMatchObject({ start: "janvier 2023", current: true });
    expect(findDateRange("Since 2021")).toMatchObject({ start: "2021", current: true });
    expect(findDateRange("Summer 2012 and 2013")).toMatchObject({ start: "Summer 2012", end: "2013" });
  });

  it("sorts December before the next January, and a year alone before its months", () => {
    expect(dateRank("Dec 2022")).toBeLessThan(dateRank("Jan 2023"));
    expect(dateRank("2023")).toBeLessThan(dateRank("Jan 2023"));
    expect(dateRank("Jan 2023", true)).toBeGreaterThan(dateRank("Dec 2030"));
  });
});
