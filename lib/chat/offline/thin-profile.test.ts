import { describe, expect, it } from "vitest";
import { withDatedJobs } from "@/lib/chat/offline/thin-profile";
import { emptyProfile } from "@/lib/cv/profile";
import { parseProfileHeuristically } from "@/lib/cv/parse/heuristic";

describe("withDatedJobs", () => {
  it("reads the dated lines of a CV without headings as its jobs", () => {
    const lines = ["Pat First", "2019 – 2022 Baker, Crumb & Co, York"];
    const jobs = withDatedJobs(lines, emptyProfile()).experience;
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.company?.value).toBe("Crumb & Co");
    expect(jobs[0]!.start?.value).toBe("2019");
  });
  it("leaves a profile that has jobs as it is", () => {
    const lines = ["Pat First", "Experience", "Baker, Crumb & Co, York", "2019 – 2022"];
    const profile = parseProfileHeuristically(lines);
    expect(profile.experience.length).toBeGreaterThan(0);
    expect(withDatedJobs(lines, profile)).toBe(profile);
  });
  it("does not read dated education lines as jobs", () => {
    const lines = ["Pat First", "Education", "BSc Biology, University of York, 2015 – 2018"];
    expect(withDatedJobs(lines, emptyProfile()).experience).toEqual([]);
  });
});
