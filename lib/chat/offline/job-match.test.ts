import { describe, expect, it } from "vitest";
import { written } from "@/lib/chat/offline/compose";
import { mapCv } from "@/lib/chat/offline/cv-map";
import { jobSkillsAnswer } from "@/lib/chat/offline/job-match";
import { emptyProfile } from "@/lib/cv/profile";

describe("jobSkillsAnswer", () => {
  it("cites the first line naming each skill of the job and lists the ones never named", () => {
    const map = mapCv(["Skills", "JavaScript, PostgreSQL", "Built APIs in Postgres"], emptyProfile());
    const out = written(jobSkillsAnswer(map, { title: "Backend", skills: ["JS", "Postgres", "Rust"] }));
    expect(out.citations).toEqual([2]);
    expect(out.text).toContain("does not mention: Rust");
  });
});
