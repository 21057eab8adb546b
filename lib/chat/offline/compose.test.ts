import { describe, expect, it } from "vitest";
import { answer, piece, written } from "@/lib/chat/offline/compose";

describe("written", () => {
  it("puts each marker right after its claim, before the stop, and lists exactly the lines marked", () => {
    const out = written(answer(piece("At Acme (2019 – 2021).", [4, 3]), piece("Python,", [9]), piece("No line here.")));
    expect(out.text).toBe("At Acme (2019 – 2021) [L3, L4]. Python [L9], No line here.");
    expect(out.citations).toEqual([3, 4, 9]);
  });
  it("cites a line once however often it is marked", () => {
    expect(written(answer(piece("a", [2]), piece("b", [2]))).citations).toEqual([2]);
  });
});
