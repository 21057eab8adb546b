import path from "node:path";
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { DocumentPdf } from "@/components/documents/document-pdf";
import { emptyProfile, sourced, type Experience, type Profile } from "@/lib/cv/profile";
import { markdownToBlocks } from "@/lib/documents/markdown-blocks";
import { parseTasks } from "@/lib/files/parse-tasks";
import { assembleTailoredCv, tailoredCvMarkdown } from "@/lib/tailor/assemble";
import { proposeTailoring } from "@/lib/tailor/propose";
import { roundTripWarnings } from "@/lib/tailor/round-trip";

// The round-trip check on PDFs made by the same export code as the tailored-CV panel, read back by
// the same task as the round-trip route.

const publicDir = path.resolve(import.meta.dirname, "../../public");

async function exportedPdf(markdown: string): Promise<Uint8Array> {
  const element = createElement(DocumentPdf, {
    origin: publicDir,
    template: "document",
    kicker: "CV",
    subtitle: "",
    title: "Tailored CV",
    blocks: markdownToBlocks(markdown),
    footer: "",
  });
  return new Uint8Array(await renderToBuffer(element as never));
}

function job(title: string, company: string, start: string, end: string, bullets: string[]): Experience {
  const header = `${title} at ${company}`;
  return {
    title: sourced(title, header, 0.8),
    company: sourced(company, header, 0.8),
    location: null,
    start: sourced(start, start, 0.8),
    end: sourced(end, end, 0.8),
    current: false,
    bullets: bullets.map((b) => sourced(b, b, 0.8)),
  };
}

const profile: Profile = {
  ...emptyProfile(),
  name: sourced("Ana Kowalska", "Ana Kowalska", 0.9),
  email: sourced("ana.kowalska@example.com", "ana.kowalska@example.com", 0.9),
  phone: sourced("+48 600 100 200", "+48 600 100 200", 0.9),
  skills: [sourced("SAP", "SAP, Excel", 0.8), sourced("Excel", "SAP, Excel", 0.8)],
  experience: [
    job("Senior Accountant", "Baltic Freight", "Mar 2020", "Jan 2024", ["Closed the monthly ledger for 14 entities within 5 working days."]),
    job("Accountant", "Nordwave Logistics", "Jan 2016", "Feb 2020", ["Prepared VAT returns and reconciled 40 bank accounts each month."]),
  ],
};
const expected = assembleTailoredCv(profile, proposeTailoring(profile, { requiredSkills: ["SAP"], preferredSkills: [] }));
const markdown = tailoredCvMarkdown(expected);

async function warningsFor(pdfMarkdown: string) {
  const { profile: parsed } = await parseTasks.roundTrip({ bytes: await exportedPdf(pdfMarkdown), maxBytes: 5 << 20 });
  return roundTripWarnings(expected, parsed);
}

describe("the round-trip check of the exported tailored CV", () => {
  it("warns of nothing when the PDF reads back with the name and every job", async () => {
    expect(await warningsFor(markdown)).toEqual([]);
  });

  it("warns when the PDF reads back without the name", async () => {
    const withoutName = markdown.replace("# Ana Kowalska\n", "");
    // The parser may then take another line for the name; either way the warning is about the name.
    const warnings = await warningsFor(withoutName);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^The PDF reads back (without a name|with the name “[^”]+” instead of “Ana Kowalska”)/);
  });

  it("says so when no name at all is read back", () => {
    const parsed = { ...profile, name: null };
    expect(roundTripWarnings(expected, parsed)).toEqual(["The PDF reads back without a name: screening software may not know whose CV it is."]);
  });

  it("warns when the PDF reads back with fewer jobs than the profile", async () => {
    const oneJob = markdown.slice(0, markdown.indexOf("### Accountant at Nordwave Logistics"));
    expect(await warningsFor(oneJob)).toEqual(["The PDF reads back 1 of your 2 jobs: screening software may miss the others."]);
  });
});
