import { describe, expect, it } from "vitest";
import { findLocation } from "@/lib/cv/parse/location";

const placeOf = (lines: string[], name: string | null = null) => findLocation(lines, name)?.value ?? null;

describe("finding the candidate's place", () => {
  it("reads 'City, Region, Country' and 'City, ST 12345' as the header writes them", () => {
    expect(placeOf(["Ana Lima", "Porto Alegre, RS, Brazil", "ana@example.com"])).toBe("Porto Alegre, RS, Brazil");
    expect(placeOf(["Sam Lee", "Springfield, IL 62704", "(217) 555-0100"])).toBe("Springfield, IL 62704");
    expect(placeOf(["Min-jun Kim", "Gangnam-gu, Seoul, Republic of Korea"])).toBe("Gangnam-gu, Seoul, Republic of Korea");
  });

  it("drops the street of an address and a postcode written before the city", () => {
    expect(placeOf(["Tom Reed", "42 Elm Street, Riverton, WY – (307) 555-0199 – tom@example.com"])).toBe("Riverton, WY");
    expect(placeOf(["Persönliche Daten", "Anschrift   Lindenweg 7, 80331 München", "Telefon   +49 89 1234567"])).toBe("München");
    expect(placeOf(["Eva Hahn", "Wohnort: Frankfurt am Main", "eva@example.de"])).toBe("Frankfurt am Main");
    expect(placeOf(["Eva Hahn", "Based in Lisbon, Portugal", "eva@example.pt"])).toBe("Lisbon, Portugal");
  });

  it("reads a city with its postcode in brackets and a city alone among contact details", () => {
    expect(placeOf(["Julie Martin", "Bordeaux (33000)", "julie@example.fr"], "Julie Martin")).toBe("Bordeaux (33000)");
    expect(placeOf(["Lucía Ruiz", "Sevilla · +34 600 111 222 · lucia@example.es"], "Lucía Ruiz")).toBe("Sevilla");
    expect(placeOf(["JANE ROE", "CONTACT", "jane@example.com", "555-123-4567", "Boston", "SKILLS"], "Jane Roe")).toBe("Boston");
  });

  it("splits a contact line whose items only single spaces and icon glyphs part", () => {
    expect(placeOf(["Kai Berg", "kai@example.com +1 (415) 555-0142 Oakland, CA github.com/kai"])).toBe("Oakland, CA");
    expect(placeOf(["Kai Berg", "\uEBE0 Tampa, FL \uEC6A 555-555-5555 \uE9A1 kai@example.com"])).toBe("Tampa, FL");
  });

  it("reads a labelled address in a footer at the end of the CV", () => {
    expect(placeOf(["Kim Novak", "Summary", "Builds things.", "kim@example.com • address - Smalltown, Farland"])).toBe("Smalltown, Farland");
  });

  it("never takes a street, a placeholder, a heading or the name for the place", () => {
    expect(placeOf(["Max Moe", "Address, Street, 00000 County", "max@example.com"], "Max Moe")).toBeNull();
    expect(placeOf(["Max Moe", "10 Main St", "max@example.com"], "Max Moe")).toBeNull();
    expect(placeOf(["JOHN ROE", "CONTACT", "john@example.com"], "John Roe")).toBeNull();
  });

  it("never takes a name line followed by post-nominal letters for a 'City, Region' place", () => {
    expect(placeOf(["Dana Whitfield-Ross, CPA", "Denver, CO · (303) 555-0101 · dana@example.com"], "Dana Whitfield-Ross")).toBe("Denver, CO");
    expect(placeOf(["Dana Whitfield-Ross, MPharm", "dana@example.com"], null)).toBeNull();
    expect(placeOf(["Ravi Menon", "ravi@example.com · Leeds, UK"], "Ravi Menon")).toBe("Leeds, UK");
  });
});
