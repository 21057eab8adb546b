import { describe, expect, it } from "vitest";
import { analyzePosting } from "@/lib/jobs/analyze";

const range = (text: string) => analyzePosting(text).salaryRange;

describe("salary range", () => {
  it("takes the currency from a symbol before or after the figure, and the stated period", () => {
    expect(range("Salary: $120,000 – $150,000 per year")).toEqual({ min: 120_000, max: 150_000, currency: "USD", period: "year" });
    expect(range("Salario: 45.000 - 55.000 € brutos anuales")).toEqual({ min: 45_000, max: 55_000, currency: "EUR", period: "year" });
    expect(range("Pay: £12.50 per hour")).toEqual({ min: 12.5, max: 12.5, currency: "GBP", period: "hour" });
    expect(range("Compensation: 90k-110k USD")).toEqual({ min: 90_000, max: 110_000, currency: "USD", period: "year" });
  });

  it("takes the first figure of a range as pay when the second carries the currency", () => {
    expect(range("Wir bieten:\n- 60.000 - 70.000 € Jahresgehalt")).toEqual({ min: 60_000, max: 70_000, currency: "EUR", period: "year" });
  });

  it("without a symbol or code, takes the currency of the posting's country, else reads no salary", () => {
    expect(range('+++\ntitle = "Sales Manager"\nlocation = "Remote, Texas"\nsalary = "60,000-65,000"\n+++\nSell our curriculum.')).toEqual({
      min: 60_000,
      max: 65_000,
      currency: "USD",
      period: "year",
    });
    expect(range(JSON.stringify({ title: "Web Developer", location: { city: "Berlin", countryCode: "DE" }, salary: "100000" }))).toEqual({
      min: 100_000,
      max: 100_000,
      currency: "EUR",
      period: "year",
    });
    expect(range("Salary: 60,000-65,000")).toBeNull();
  });

  it("reads a range said in words, and thousands written once for both figures", () => {
    expect(range("The base pay ranges from $129,300/year in our lowest market up to $223,600/year in our highest market.")).toEqual({
      min: 129_300,
      max: 223_600,
      currency: "USD",
      period: "year",
    });
    expect(range("Rémunération : 38 - 42 K€ brut annuel")).toEqual({ min: 38_000, max: 42_000, currency: "EUR", period: "year" });
  });

  it("infers the period from the size of the figures when none is stated", () => {
    expect(range("Location: Austin, TX\nPay: $28.60 to $34.65")).toMatchObject({ min: 28.6, max: 34.65, period: "hour" });
    expect(range("Location: Pune, India\nSalary: 15,000")).toMatchObject({ currency: "INR", period: "month" });
  });

  it("joins pay by option on consecutive lines into one range", () => {
    expect(range("We teach children across India.\nRemuneration:\n2 classes/day - 11k/month\n\n3 classes/day - 17k/month")).toEqual({
      min: 11_000,
      max: 17_000,
      currency: "INR",
      period: "month",
    });
  });

  it("leaves out differentials, bonuses, pay caps and figures that are not pay", () => {
    expect(range('+++\nsalary = "$28.60 to $34.65 with a Saturday differential of additional $7.00 per hour."\n+++\nNursing care.')).toEqual({
      min: 28.6,
      max: 34.65,
      currency: "USD",
      period: "hour",
    });
    expect(range("Please note the maximum salary available for the pay system is $172,500.")).toBeNull();
    expect(range("RQ-0950-2023-1 Practicante de Finanzas. Travel up to 10%-20% per year.")).toBeNull();
  });

  it("reads the range a Jekyll posting keeps in its front matter", () => {
    expect(
      range("---\ntitle: Engineer\nlocation: 'Washington, DC'\nsalary_min: '128,078'\nsalary_max: '172,500'\n---\nBase salary ${{ page.salary_min }}"),
    ).toEqual({
      min: 128_078,
      max: 172_500,
      currency: "USD",
      period: "year",
    });
  });
});
