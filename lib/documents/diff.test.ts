import { describe, expect, it } from "vitest";
import { diffLines } from "@/lib/documents/diff";

describe("line diff", () => {
  it("shows removed and added lines in place, keeping the rest", () => {
    const before = "# Nurse\n\nNight shifts.\n\n- Care for patients\n- Write reports";
    const after = "# Nurse\n\nDay and night shifts.\n\n- Care for patients\n- Write reports\n- Train students";
    expect(diffLines(before, after).filter((l) => l.kind !== "same")).toEqual([
      { kind: "removed", text: "Night shifts." },
      { kind: "added", text: "Day and night shifts." },
      { kind: "added", text: "- Train students" },
    ]);
  });

  it("rebuilds both versions from the diff", () => {
    const before = "a\nb\nc\nd";
    const after = "b\nc\ne\nd\nf";
    const diff = diffLines(before, after);
    expect(diff.filter((l) => l.kind !== "added").map((l) => l.text).join("\n")).toBe(before);
    expect(diff.filter((l) => l.kind !== "removed").map((l) => l.text).join("\n")).toBe(after);
  });
});
