import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractCvText } from "@/lib/cv/extract/extract-cv-text";
import { parseProfileHeuristically } from "@/lib/cv/parse/heuristic";
import { latestJob } from "@/lib/cv/parse/experience";
import { computeFit } from "@/lib/fit/fit";
import { analyzePosting } from "@/lib/jobs/analyze";
import { assembleTailoredCv, tailoredCvMarkdown } from "@/lib/tailor/assemble";
import { draftCoverLetter, letterWordRange, wordCount } from "@/lib/tailor/cover-letter";
import { unsupportedClaims } from "@/lib/tailor/grounding";
import { proposeTailoring } from "@/lib/tailor/propose";
import { suggestImprovements, suggestionLimit } from "@/lib/tailor/suggestions";
import { canonicalSkill } from "@/lib/skills/catalog";

const corpus = path.resolve(import.meta.dirname, "../../../shared/corpus");
async function cv(file: string) {
  const { lines } = await extractCvText(new Uint8Array(fs.readFileSync(path.join(corpus, "resumes", file))), { maxBytes: 5 << 20 });
  return { text: lines.join("\n"), profile: parseProfileHeuristically(lines) };
}
const posting = (file: string) => analyzePosting(fs.readFileSync(path.join(corpus, "jobs", file), "utf8"));

describe("the grounding check", () => {
  const evidence = "Jane Smith\nSenior Engineer at Acme Corp 2020-2023\nBuilt billing in Python, cutting invoice errors by 30%\nSkills: Python, PostgreSQL";

  it("passes a rewording that keeps to the CV's facts", () => {
    expect(unsupportedClaims("Cut invoice errors by 30% by building billing in Python at Acme Corp.", evidence)).toEqual([]);
  });

  it("finds a skill of several words that the CV wraps over two lines", () => {
    const wrapped = "• Designed deep learning models for natural language\nprocessing tasks.";
    expect(unsupportedClaims("Designed deep learning models for natural language processing tasks.", wrapped)).toEqual([]);
  });

  it("flags invented skills, numbers, employers and degrees, quoting the sentence", () => {
    const invented = "Led Kubernetes migrations at Google for 10 years. Holds a PhD from MIT. Cut invoice errors by 45%.";
    const claims = unsupportedClaims(invented, evidence);
    expect(claims.map((c) => `${c.kind}:${c.claim}`).sort()).toEqual(
      ["name:Google", "name:Kubernetes", "name:MIT", "name:PhD", "number:10", "number:45%", "skill:Kubernetes"].sort(),
    );
    expect(claims.find((c) => c.claim === "45%")?.sentence).toBe("Cut invoice errors by 45%.");
  });
});

describe("offline tailoring", () => {
  it("reorders the CV's own lines toward the job, drops no job, and invents nothing", async () => {
    const { text, profile } = await cv("john-doe-swe_chromium-single-column.pdf");
    const job = posting("backend-eng_resume-matcher-fixture.txt");
    const tailoring = proposeTailoring(profile, job);
    expect(tailoring.changes.length).toBeGreaterThan(0);
    const tailored = assembleTailoredCv(profile, tailoring);
    expect(tailored.experience.map((j) => j.company)).toEqual(profile.experience.map((j) => j.company?.value ?? null));
    const markdown = tailoredCvMarkdown(tailored);
    expect(unsupportedClaims(markdown.replace(/^#+ /gm, ""), text)).toEqual([]);
    // Every skill the job requires comes before every skill it does not mention.
    const wanted = tailored.skills.map((s) => job.requiredSkills.includes(canonicalSkill(s.text)?.name ?? s.text));
    expect(wanted.filter(Boolean).length).toBeGreaterThan(3);
    expect(wanted.indexOf(false)).toBeGreaterThan(wanted.lastIndexOf(true));
  });

  it("keeps the CV as it was for each rejected change", async () => {
    const { profile } = await cv("john-doe-swe_chromium-single-column.pdf");
    const tailoring = proposeTailoring(profile, posting("backend-eng_resume-matcher-fixture.txt"));
    const rejectedAll = assembleTailoredCv(profile, { ...tailoring, rejected: tailoring.changes.map((c) => c.id) });
    expect(rejectedAll.skills.map((s) => s.text)).toEqual(profile.skills.map((s) => s.value));
    expect(rejectedAll.experience[0]!.bullets.map((b) => b.text)).toEqual(profile.experience[0]!.bullets.map((b) => b.value));
  });

  it("writes a CV that the app's own parser reads back to the same person and latest job", async () => {
    const { profile } = await cv("john-doe-swe_chromium-two-column.pdf");
    const markdown = tailoredCvMarkdown(assembleTailoredCv(profile, proposeTailoring(profile, posting("ml-eng_resume-matcher-fixture.txt"))));
    const back = parseProfileHeuristically(markdown.split("\n").map((l) => l.replace(/^#+\s*|^-\s/, (m) => (m.startsWith("-") ? "• " : ""))));
    // Named values, so that a field missing on both sides fails instead of comparing undefined with undefined.
    const person = { name: "John Doe", email: "john.doe@email.com", latestCompany: "Stripe" };
    expect({ name: profile.name?.value, email: profile.email?.value, latestCompany: latestJob(profile.experience)?.company?.value }).toEqual(person);
    expect({ name: back.name?.value, email: back.email?.value, latestCompany: latestJob(back.experience)?.company?.value }).toEqual(person);
    expect(back.experience).toHaveLength(profile.experience.length);
  });
});

describe("the cover letter", () => {
  // Each case states the company its posting is read as naming, and so the greeting it must open with;
  // a posting that names none gets the team's greeting.
  it.each([
    ["john-doe-swe_chromium-single-column.pdf", "backend-eng_resume-matcher-fixture.txt", null],
    ["jane-smith_minimal.docx", "web-developer_jsonresume.job.json", "Microsoft"],
    // The posting names its employer only in an "About Stones2Milestones" heading.
    ["leo-leopard_word-export.pdf", "teacher_primary-english_stones2milestones.txt", "Stones2Milestones"],
  ])("from %s for %s is 250–400 words, addressed to the company (%s), and grounded", async (cvFile, jobFile, company) => {
    const { text, profile } = await cv(cvFile);
    const job = posting(jobFile);
    expect(job.company).toBe(company);
    const letter = draftCoverLetter(profile, assembleTailoredCv(profile, proposeTailoring(profile, job)), job);
    expect(wordCount(letter)).toBeGreaterThanOrEqual(letterWordRange.min);
    expect(wordCount(letter)).toBeLessThanOrEqual(letterWordRange.max);
    expect(letter.split("\n")[0]).toBe(company ? `Dear ${company} hiring team,` : "Dear hiring team,");
    expect(unsupportedClaims(letter, `${text}\n${job.title ?? ""}\n${job.company ?? ""}`)).toEqual([]);
  });

  it("is written in the posting's language", async () => {
    const { profile } = await cv("jane-smith_minimal.docx");
    const job = {
      ...analyzePosting("Buscamos un ingeniero con experiencia en Python para el equipo de datos."),
      company: "Globex",
      title: "Ingeniero de datos",
    };
    const letter = draftCoverLetter(profile, assembleTailoredCv(profile, proposeTailoring(profile, job)), job);
    expect(job.language).toBe("es");
    expect(letter).toMatch(/^Estimado equipo de selección de Globex:/);
    expect(letter).toContain("Atentamente,");
  });
});

describe("improvement suggestions", () => {
  it("puts missing required skills first, each with a learning plan, and asks for numbers only where relevant", async () => {
    const { profile } = await cv("john-doe-swe_chromium-single-column.pdf");
    const job = posting("ml-eng_resume-matcher-fixture.txt");
    const suggestions = suggestImprovements(profile, computeFit(profile, job), job);
    expect(suggestions[0]!.kind).toBe("learn");
    expect(suggestions[0]!.plan).toHaveLength(3);
    const missing = computeFit(profile, job).requiredMissing;
    // One plan for each missing skill, as many as the list shows.
    expect(suggestions.filter((s) => s.kind === "learn")).toHaveLength(Math.min(missing.length, suggestionLimit));
  });
});
