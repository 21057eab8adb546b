import { describe, expect, it } from "vitest";
import { isWholeRewrite } from "@/lib/tailor/whole-rewrite";

const bullet = "Closed the monthly ledger for 14 entities within 5 working days, cutting overtime by 30%.";

describe("a rewording of a bullet", () => {
  it.each([
    ["the same words in another order", "Cut overtime by 30% by closing the monthly ledger for 14 entities within 5 working days."],
    ["the bullet itself", bullet],
    ["a tighter wording that keeps every fact", "Closed the monthly ledger of 14 entities in 5 working days, cutting overtime 30%."],
  ])("is whole when it is %s", (_case, rewrite) => {
    expect(isWholeRewrite(bullet, rewrite)).toBe(true);
  });

  it.each([
    ["the bullet's beginning only", "Closed the monthly ledger for 14 entities within 5 working days"],
    ["a sentence that breaks off", "Cut overtime by 30% by closing the monthly ledger for 14 entities within"],
    ["a rewording that ends on a comma", "Closed the monthly ledger for 14 entities within 5 working days,"],
    ["a rewording that loses a figure", "Closed the monthly ledger for many entities within 5 working days, cutting overtime by 30%."],
    ["a rewording that keeps little of it", "Handled 14 entities in 5 days with 30% less overtime."],
    ["empty", "  "],
  ])("is not whole when it is %s", (_case, rewrite) => {
    expect(isWholeRewrite(bullet, rewrite)).toBe(false);
  });
});
