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
    expect(
      diff
        .filter((l) => l.kind !== "added")
        .map((l) => l.text)
        .join("\n"),
    ).toBe(before);
    expect(
      diff
        .filter((l) => l.kind !== "removed")
        .map((l) => l.text)
        .join("\n"),
    ).toBe(after);
  });

  it("stays exact for a one-line edit of a document too long for the full table", () => {
    const before = Array.from({ length: 20_000 }, (_, i) => `Line ${i}`);
    const after = before.map((line, i) => (i === 10_000 ? "Changed" : line));
    expect(diffLines(before.join("\n"), after.join("\n")).filter((l) => l.kind !== "same")).toEqual([
      { kind: "removed", text: "Line 10000" },
      { kind: "added", text: "Changed" },
    ]);
  });

  it("rebuilds both versions of long documents with little in common", () => {
    const before = Array.from({ length: 12_000 }, (_, i) => (i % 3 ? "- a" : `Point ${i}`)).join("\n");
    const after = before
      .split("\n")
      .map((line, i) => (i % 2 ? `${line}!` : line))
      .reverse()
      .join("\n");
    const diff = diffLines(before, after);
    expect(
      diff
        .filter((l) => l.kind !== "added")
        .map((l) => l.text)
        .join("\n"),
    ).toBe(before);
    expect(
      diff
        .filter((l) => l.kind !== "removed")
        .map((l) => l.text)
        .join("\n"),
    ).toBe(after);
  });
});
