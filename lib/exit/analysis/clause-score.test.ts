import { describe, expect, it } from "vitest";
import { clausesIn } from "@/lib/exit/analysis/clause-score";

describe("clausesIn", () => {
  it("scores each clause of a sentence apart", () => {
    const [first, second] = clausesIn("The canteen was wonderful, but the parking was awful.");
    expect(first!.score).toBeGreaterThan(0);
    expect(second!.score).toBeLessThan(0);
  });
  it("marks lukewarm praise as weak and a wish for better as mild criticism", () => {
    expect(clausesIn("It was okay.")[0]).toMatchObject({ weak: true });
    expect(clausesIn("Communication could be clearer.")[0]).toMatchObject({ mild: true });
    expect(clausesIn("Communication could be clearer.")[0]!.score).toBeLessThan(0);
  });
  it("does not count the circumstance of a 'when' clause as the opinion", () => {
    expect(clausesIn("She was brilliant when I was stuck.")[0]!.score).toBeGreaterThan(0);
  });
  it("scores other languages with their own lexicon", () => {
    expect(clausesIn("El ambiente era muy bueno.")[0]!.score).toBeGreaterThan(0);
  });
  it("reads what an opening exception sets apart as a mild reservation", () => {
    const [reservation, verdict] = clausesIn("Apart from the odd personality clash, they were a great group.");
    expect(reservation).toMatchObject({ mild: true });
    expect(reservation!.score).toBeLessThan(0);
    expect(verdict!.score).toBeGreaterThan(0);
    expect(clausesIn("Apart from that, they were a great group.")[0]!.score).toBeGreaterThanOrEqual(0);
  });
  it("reads praise that something ended as a complaint", () => {
    expect(clausesIn("Loved it, until the new rota came in.")[0]!.score).toBeLessThan(0);
    expect(clausesIn("It used to be a great place to work.")[0]!.score).toBeLessThan(0);
  });
  it("reads an excess as a complaint and candour as nothing", () => {
    expect(clausesIn("The shifts were too long, if I'm honest.")[0]!.score).toBeLessThan(0);
    expect(clausesIn("Me too.")[0]!.score).toBe(0);
  });
  it("reads a stated lack of opinion as neutral", () => {
    expect(clausesIn("I don't really have a view, I never dealt with them.")[0]!.score).toBe(0);
  });
});
