import { describe, expect, it } from "vitest";
import { findAddresses } from "@/lib/exit/analysis/mask/addresses";
import { tokensOf } from "@/lib/exit/analysis/mask/tokens";

const found = (text: string) => findAddresses(tokensOf(text)).map((s) => text.slice(s.start, s.end));

describe("findAddresses", () => {
  it("finds a house number and street with town and UK postcode", () => {
    expect(found("Post it to 7 Orchard Road, Bath BA1 2AB please.")).toEqual(["7 Orchard Road, Bath BA1 2AB"]);
  });
  it("finds a US address with state and ZIP", () => {
    expect(found("I'm at 48 Elm Street, Dayton, OH 45402 now.")).toEqual(["48 Elm Street, Dayton, OH 45402"]);
  });
  it("finds street-first and German addresses", () => {
    expect(found("Vivo en Calle Mayor 12 desde mayo.")).toEqual(["Calle Mayor 12"]);
    expect(found("Neue Adresse: Lindenstraße 5, bitte.")).toEqual(["Lindenstraße 5"]);
  });
  it("ignores numbers before ordinary words", () => {
    expect(found("We had 3 Team Meetings a day.")).toEqual([]);
  });
});
