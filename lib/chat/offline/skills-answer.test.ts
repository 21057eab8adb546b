import { describe, expect, it } from "vitest";
import { withSkillAliases } from "@/lib/chat/offline/skills-answer";
import { canonicalSkill } from "@/lib/skills/catalog";

describe("withSkillAliases", () => {
  it("adds the catalogue name of a skill asked by another name", () => {
    const canonical = canonicalSkill("k8s")!.name;
    expect(withSkillAliases("Has she used k8s?")).toContain(canonical);
  });
  it("leaves a question naming no skill as it is", () => {
    expect(withSkillAliases("Where did she study?")).toBe("Where did she study?");
  });
});
