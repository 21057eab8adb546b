import { describe, expect, it } from "vitest";
import { normalizeLines } from "@/lib/cv/extract/normalize";
import { boundedText } from "@/lib/security/text-limits";
import { withoutControlCharacters } from "@/lib/text/control-characters";

describe("control characters", () => {
  it("are dropped, keeping tabs and line breaks", () => {
    expect(withoutControlCharacters("Jane\u0000 Doe\u0007\tNurse\r\nRN\u007f")).toBe("Jane Doe\tNurse\r\nRN");
  });

  it("never reach a CV's lines, where a text layer can carry NUL", () => {
    expect(normalizeLines(["Jane\u0000Doe", "\u0001\u0002", "Ward\u001f nurse"])).toEqual(["JaneDoe", "", "Ward nurse"]);
  });

  it("are dropped from pasted text before its length is checked", () => {
    const schema = boundedText(10, "Notes", "Shorten them.");
    expect(schema.parse(" a\u0000b\u0000c ")).toBe("abc");
    expect(schema.safeParse("\u0000".repeat(20) + "short").success).toBe(true);
  });
});
