import { describe, expect, it } from "vitest";
import { authorLabel } from "@/components/history/author-label";

describe("authorLabel", () => {
  it("names a colleague, leaves the viewer's own documents unsigned, and hides a departed author", () => {
    expect(authorLabel({ id: "u1", name: "Ada Admin" }, "u2")).toBe("Ada Admin");
    expect(authorLabel({ id: "u2", name: "Cole League" }, "u2")).toBeNull();
    expect(authorLabel(null, "u2")).toBe("Former member");
  });
});
