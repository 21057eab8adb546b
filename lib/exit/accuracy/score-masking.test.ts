import { describe, expect, it } from "vitest";
import { scoreMasking } from "@/lib/exit/accuracy/score-masking";

describe("scoreMasking", () => {
  it("counts a span masked when its text is gone, and masked pieces outside every span against precision", () => {
    const figures = scoreMasking([
      {
        text: "Call Ann on 555-0100 from Leeds.",
        expected: [
          { type: "name", text: "Ann" },
          { type: "phone", text: "555-0100" },
        ],
        result: {
          text: "Call [name] on 555-0100 from [name].",
          spans: [
            { type: "name", text: "Ann" },
            { type: "name", text: "Leeds" },
          ],
        },
      },
    ]);
    expect(figures.recallByType.name).toMatchObject({ masked: 1, of: 1 });
    expect(figures.recallByType.phone).toMatchObject({ masked: 0, of: 1 });
    expect(figures.precision).toMatchObject({ precise: 1, of: 2 });
    expect(figures.overMasked).toEqual(["name: Leeds"]);
    expect(figures.recallByType.email.recall).toBeNaN();
  });
});
