import { describe, expect, it } from "vitest";
import { isCourtesy, withoutCourtesy } from "@/lib/exit/analysis/courtesy";

describe("isCourtesy", () => {
  it.each(["Thanks for listening.", "Good luck with it all!", "All the best to you.", "Cheers."])("spots %s", (sentence) => {
    expect(isCourtesy(sentence)).toBe(true);
  });
  it("keeps thanks that are about the job", () => {
    expect(isCourtesy("I want to thank my supervisor, she fought for my promotion every single year.")).toBe(false);
    expect(isCourtesy("The rota was chaos.")).toBe(false);
    expect(isCourtesy("Three years, not a single thank you.")).toBe(false);
  });
});

describe("withoutCourtesy", () => {
  it("drops closing courtesy and keeps the answer", () => {
    expect(withoutCourtesy("The rota was chaos. Thanks for asking.")).toBe("The rota was chaos.");
  });
  it("leaves nothing of an answer made only of courtesy", () => {
    expect(withoutCourtesy("Thanks. Good luck.")).toBe("");
  });
});
