import { describe, expect, it } from "vitest";
import { readDate } from "@/lib/fit/dates";
import { job, profileWith } from "@/lib/fit/test-profile";
import { coveredMonths, experienceYears, monthOf } from "@/lib/fit/years";

const now = monthOf(new Date(Date.UTC(2026, 10, 15)));

describe("reading job dates", () => {
  it("reads numeric, named and year-only dates in several languages", () => {
    expect(readDate("03/2019")).toEqual({ month: 2019 * 12 + 2, yearOnly: false });
    expect(readDate("2019-03")).toEqual({ month: 2019 * 12 + 2, yearOnly: false });
    expect(readDate("Sep. 2023")).toEqual({ month: 2023 * 12 + 8, yearOnly: false });
    expect(readDate("septiembre de 2020")).toEqual({ month: 2020 * 12 + 8, yearOnly: false });
    expect(readDate("Juin 2018")).toEqual({ month: 2018 * 12 + 5, yearOnly: false });
    expect(readDate("März 2017")).toEqual({ month: 2017 * 12 + 2, yearOnly: false });
    expect(readDate("2020")).toEqual({ month: 2020 * 12, yearOnly: true });
    expect(readDate("present")).toBeNull();
  });
});

describe("years of experience from dated jobs", () => {
  it("counts overlapping jobs once", () => {
    const profile = profileWith({ jobs: [job("Engineer", "01/2018", "12/2020"), job("Consultant", "01/2020", "12/2021")] });
    expect(experienceYears(profile, now)).toBe(4);
  });

  it("runs a current job or one ending 'present' until now", () => {
    expect(experienceYears(profileWith({ jobs: [job("Nurse", "11/2024", null)] }), now)).toBe(2.1);
    expect(experienceYears(profileWith({ jobs: [job("Nurse", "May 2025", "Present")] }), now)).toBe(1.6);
    expect(experienceYears(profileWith({ jobs: [job("Nurse", "2025", "actualidad")] }), now)).toBe(1.9);
  });

  it("reads a year-only range as whole years from January, so 2020–2023 is three years", () => {
    expect(experienceYears(profileWith({ jobs: [job("Senior Engineer", "2020", "2023")] }), now)).toBe(3);
  });

  it("does not count the gap between jobs", () => {
    const profile = profileWith({ jobs: [job("Teacher", "01/2010", "12/2011"), job("Teacher", "01/2015", "12/2015")] });
    expect(experienceYears(profile, now)).toBe(3);
  });

  it("ignores a job with no readable start, and merges spans that touch", () => {
    expect(
      coveredMonths([
        { start: 0, end: 12 },
        { start: 12, end: 24 },
        { start: 30, end: 31 },
      ]),
    ).toBe(25);
    expect(experienceYears(profileWith({ jobs: [job("Engineer", "someday", "2020")] }), now)).toBe(0);
  });
});
