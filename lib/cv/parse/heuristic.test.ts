import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractCvText } from "@/lib/cv/extract/extract-cv-text";
import { sourcedFields } from "@/lib/cv/ingest";
import { latestJob } from "@/lib/cv/parse/experience";
import { parseProfileHeuristically } from "@/lib/cv/parse/heuristic";

const corpus = path.resolve(import.meta.dirname, "../../../../shared/corpus");
const files = [
  ...fs.readdirSync(path.join(corpus, "resumes")).map((f) => `resumes/${f}`),
  ...fs
    .readdirSync(path.join(corpus, "adversarial"))
    .filter((f) => f.endsWith(".pdf"))
    .map((f) => `adversarial/${f}`),
];

async function parse(file: string) {
  const text = await extractCvText(new Uint8Array(fs.readFileSync(path.join(corpus, file))), { maxBytes: 5 * 1024 * 1024 });
  return { lines: text.lines, profile: parseProfileHeuristically(text.lines) };
}

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

describe("the offline parser", () => {
  it.each(files.filter((f) => !/password|scanned/.test(f)))("invents nothing in %s: every value is in the CV line it cites", async (file) => {
    const { lines, profile } = await parse(file);
    const fields = sourcedFields(profile);
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      for (const sourceLine of field.source.split("\n")) expect(lines, `${file}: source of "${field.value}"`).toContain(sourceLine);
      // Wrapped bullets span several lines, and a word broken at a line end is joined again: every part
      // of every word of the value is in the cited lines.
      const cited = squash(field.source.replace(/\n/g, " "));
      for (const word of squash(field.value).split(/[ -]/)) expect(cited, `${file}: "${field.value}"`).toContain(word);
    }
  });

  it("reads the latest job of a CV whose entries read 'Company, Title' with the dates on a bullet", async () => {
    const job = latestJob((await parse("resumes/john-doe_rendercv-typst-classic.pdf")).profile.experience);
    expect(job?.title?.value).toBe("Co-Founder & CTO");
    expect(job?.company?.value).toBe("Nexus AI");
    expect(job?.current).toBe(true);
  });

  it("finds contact details that only a footer carries", async () => {
    const { profile } = await parse("resumes/johnny-coder_pandoc-context.pdf");
    expect(profile.email?.value).toBe("email@example.com");
    expect(profile.phone?.value).toBe("+00 (0)00 000 0000");
  });

  it("is not steered by instructions hidden in, or written into, a CV", async () => {
    const hidden = (await parse("adversarial/daniel-okafor_hidden-white-text.pdf")).profile;
    const values = sourcedFields(hidden)
      .map((f) => f.value)
      .join("\n");
    expect(values).not.toMatch(/Kubernetes|Rust|Google/);
    expect(latestJob(hidden.experience)?.company?.value).toBe("Northwind Telecom");
    const visible = (await parse("adversarial/lena-fischer_visible-injection.pdf")).profile;
    expect(JSON.stringify(visible.education)).not.toMatch(/PhD|MIT/);
    expect(visible.skills.map((s) => s.value)).not.toContain("PhD");
  });

  it("leaves fields empty rather than guessing", () => {
    const profile = parseProfileHeuristically(["Experience", "Did many things for many people over the years."]);
    expect(profile.name).toBeNull();
    expect(profile.email).toBeNull();
    expect(profile.phone).toBeNull();
  });
});
