import { describe, expect, it } from "vitest";
import { findEmails, findPhones } from "@/lib/exit/analysis/mask/contacts";
import { tokensOf } from "@/lib/exit/analysis/mask/tokens";

const found = (finder: typeof findPhones, text: string) => finder(tokensOf(text)).map((s) => text.slice(s.start, s.end));

describe("findEmails", () => {
  it("finds an address without the punctuation after it", () => {
    expect(found(findEmails, "Write to j.o-neill+hr@post.example.net, please.")).toEqual(["j.o-neill+hr@post.example.net"]);
  });
  it("ignores a handle with no domain", () => {
    expect(found(findEmails, "ping @sam on chat")).toEqual([]);
  });
});

describe("findPhones", () => {
  it.each(["07700 900123", "+44 7700 900123", "(312) 555-0199", "555-0142", "+49 30 1234567", "0161 496 0000"])("finds %s", (phone) => {
    expect(found(findPhones, `Ring ${phone}, thanks.`)).toEqual([phone]);
  });
  it("ignores amounts, years and dates", () => {
    expect(found(findPhones, "I earned 32000 in 2023, paid €1250.50 on 12/03/2024.")).toEqual([]);
  });
});
