import { describe, expect, it } from "vitest";
import { exitSearchQuery, parseExitSearch, toExitFilters } from "@/lib/exit/dashboard/filters";

// The last-day filter narrows the charts as well as the list: it works in whole months, so a range
// cannot be drawn around one person's last day.
describe("date filters", () => {
  it("rounds a range of days out to the whole months they fall in", () => {
    const search = parseExitSearch({ from: "2026-03-17", to: "2026-03-17" });
    expect(search).toMatchObject({ from: "2026-03", to: "2026-03" });
    const filters = toExitFilters(search);
    expect(filters.lastDayFrom).toEqual(new Date("2026-03-01T00:00:00Z"));
    expect(filters.lastDayBefore).toEqual(new Date("2026-04-01T00:00:00Z"));
  });

  it("takes months as they are, and a range ending in December runs to the new year", () => {
    const filters = toExitFilters(parseExitSearch({ from: "2026-01", to: "2026-12" }));
    expect(filters.lastDayFrom).toEqual(new Date("2026-01-01T00:00:00Z"));
    expect(filters.lastDayBefore).toEqual(new Date("2027-01-01T00:00:00Z"));
  });

  it("keeps whole months in the links it builds", () => {
    expect(exitSearchQuery(parseExitSearch({ from: "2026-02-03", to: "2026-05-30" }))).toBe("from=2026-02&to=2026-05");
  });

  it("drops a malformed date rather than failing the page", () => {
    expect(parseExitSearch({ from: "2026-13", to: "yesterday" })).toEqual({});
    expect(toExitFilters(parseExitSearch({ from: "2026-00-10" })).lastDayFrom).toBeUndefined();
  });
});
