import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ExtractionError } from "@/lib/cv/extract/extraction-error";
import { readCvFile, readCvText } from "@/lib/cv/ingest";
import { AppError } from "@/lib/errors";
import { createParsePool, type ParsePool, type ParsePoolOptions, type StopReason } from "@/lib/files/parse-pool";
import { analyzePosting } from "@/lib/jobs/analyze";
import { readPostingFile } from "@/lib/jobs/read-posting-file";
import { hugeTextDocx, inflationBombPdf, manyPagesPdf, textFloodPdf, zipBombDocx } from "@/scripts/lib/hostile-files.mjs";

const corpus = path.resolve(import.meta.dirname, "../../../shared/corpus/resumes");
const cv = (file: string) => new Uint8Array(fs.readFileSync(path.join(corpus, file)));
const maxBytes = 5 * 1024 * 1024;

// Millions of one-letter texts: pdf.js lays them out for tens of seconds and keeps every one in the
// heap, so the file ends by a timeout or an out-of-memory, whichever the pool's limits meet first.
const endlessPdf = () => textFloodPdf(4_000_000);

let pool: ParsePool | undefined;
let stops: StopReason[] = [];
function startPool(options: Partial<ParsePoolOptions>): ParsePool {
  stops = [];
  pool = createParsePool({
    threads: 1,
    maxQueue: 4,
    timeoutMs: 60_000,
    heapMb: 320,
    memoryAllowanceMb: 8_192,
    onStopped: ({ reason }) => stops.push(reason),
    ...options,
  });
  return pool;
}
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "parsed",
    (e: unknown) => (e instanceof ExtractionError ? `${e.problem}: ${e.message}` : e instanceof AppError ? `${e.code}: ${e.message}` : `crash: ${String(e)}`),
  );

/** The pool still works, and reads a real CV exactly as reading it in this thread does. */
async function expectReadsNormalCv(parsePool: ParsePool) {
  const bytes = cv("john-doe-swe_chromium-single-column.pdf");
  const inWorker = await parsePool.run("cvFile", { bytes, maxBytes });
  expect(inWorker).toEqual(await readCvFile(bytes, { maxBytes }));
  expect(inWorker.profile.name?.value).toBe("John Doe");
}

describe("parse pool", () => {
  it("reads CVs, postings and pasted text in a worker, with the same results as in this thread", async () => {
    const parsePool = startPool({});
    await expectReadsNormalCv(parsePool);
    const docx = await parsePool.run("cvFile", { bytes: cv("jane-smith_minimal.docx"), maxBytes });
    expect(docx.text).toContain("Senior Engineer at Acme Corp 2020-2023");
    const pastedCv =
      "Ana Ortiz\nana@example.test\nExperience\nData Analyst at Initech   2021 - Present\n• Built SQL dashboards in Tableau\nSkills\nSQL, Tableau";
    expect(await parsePool.run("cvText", { text: pastedCv })).toEqual(readCvText(pastedCv));
    const posting = await parsePool.run("postingText", {
      text: "Senior Data Engineer\nRequirements:\n- 5+ years of Python and SQL\n- Experience with Airflow",
    });
    expect(posting.requiredSkills).toEqual(expect.arrayContaining(["Python", "SQL"]));
    const postingBytes = new Uint8Array(fs.readFileSync(path.join(corpus, "../jobs/teacher_primary-english_stones2milestones.docx")));
    const postingFile = await parsePool.run("postingFile", { bytes: postingBytes, maxBytes });
    expect(postingFile.text).toBe(await readPostingFile(postingBytes, { maxBytes }));
    expect(postingFile.analysis).toEqual(analyzePosting(postingFile.text));
    const roundTrip = await parsePool.run("roundTrip", { bytes: cv("john-doe_openresume-react-pdf.pdf"), maxBytes });
    expect(roundTrip.profile.name?.value).toBe("John Doe");
    expect(stops).toEqual([]);
  });

  it("refuses bombs by name: inflation, page count, zip bomb, and a DOCX with far more text than a CV", async () => {
    const parsePool = startPool({});
    expect(await outcome(parsePool.run("cvFile", { bytes: inflationBombPdf(4_096), maxBytes }))).toBe(
      "too_complex: This PDF is too complex to read. Export it again from your editor, or paste the text instead.",
    );
    expect(await outcome(parsePool.run("cvFile", { bytes: manyPagesPdf(312), maxBytes }))).toMatch(
      /^too_many_pages: This PDF has 312 pages; a CV can have at most 20\./,
    );
    expect(await outcome(parsePool.run("cvFile", { bytes: zipBombDocx(100), maxBytes }))).toMatch(/^zip_bomb: /);
    expect(await outcome(parsePool.run("cvFile", { bytes: hugeTextDocx(2), maxBytes }))).toMatch(
      /^too_much_text: This file holds more than 250,000 characters/,
    );
    // Each was refused by a check, not by stopping a worker.
    expect(stops).toEqual([]);
    await expectReadsNormalCv(parsePool);
  });

  it("stops a task that runs out of time, replaces its worker, and reads the next CV", async () => {
    const parsePool = startPool({ timeoutMs: 4_000, heapMb: 4_096 });
    await expectReadsNormalCv(parsePool);
    const before = parsePool.threadIds();
    expect(await outcome(parsePool.run("cvFile", { bytes: endlessPdf(), maxBytes }))).toMatch(/^too_complex: This PDF is too complex to read/);
    expect(stops).toEqual(["timeout"]);
    await expectReadsNormalCv(parsePool);
    expect(parsePool.threadIds()).not.toEqual(before);
  });

  it("stops a worker that runs out of heap, for a PDF and for a DOCX, and recovers", async () => {
    const parsePool = startPool({ heapMb: 128 });
    expect(await outcome(parsePool.run("cvFile", { bytes: endlessPdf(), maxBytes }))).toMatch(/^too_complex: This PDF is too complex/);
    expect(await outcome(parsePool.run("cvFile", { bytes: hugeTextDocx(40), maxBytes }))).toBe(
      "too_complex: This file is too complex to read. Save it again from your editor, or paste the text instead.",
    );
    expect(stops).toEqual(["out_of_memory", "out_of_memory"]);
    await expectReadsNormalCv(parsePool);
  });

  it("stops bombs the stream check cannot see (hex-encoded) when memory grows past the allowance, and gets the memory back", async () => {
    // pdf.js decodes into ArrayBuffers, outside the heap limit: only the memory watch catches these.
    const parsePool = startPool({ memoryAllowanceMb: 300 });
    for (let i = 0; i < 3; i++) {
      expect(await outcome(parsePool.run("cvFile", { bytes: inflationBombPdf(2_048, { encoding: "hex" }), maxBytes }))).toMatch(
        /^too_complex: This PDF is too complex/,
      );
    }
    expect(stops).toEqual(["memory", "memory", "memory"]);
    // Had the stopped workers' memory stayed with the process, this CV would be stopped too.
    await expectReadsNormalCv(parsePool);
    expect(stops).toHaveLength(3);
  });

  it("refuses uploads beyond the queue as busy, and serves the queued ones", async () => {
    const parsePool = startPool({ maxQueue: 1, timeoutMs: 5_000, heapMb: 4_096 });
    const running = outcome(parsePool.run("cvFile", { bytes: endlessPdf(), maxBytes }));
    const queued = parsePool.run("cvFile", { bytes: cv("john-doe-swe_chromium-single-column.pdf"), maxBytes });
    expect(await outcome(parsePool.run("cvFile", { bytes: cv("john-doe-swe_chromium-single-column.pdf"), maxBytes }))).toBe(
      "unavailable:cv: The server is reading many files right now. Try again in a minute.",
    );
    expect(await running).toMatch(/^too_complex/);
    // The queued CV waited for the worker; its time started when the worker took it.
    expect((await queued).profile.name?.value).toBe("John Doe");
  });

  it("says how to build the worker when its bundle is missing", () => {
    expect(() => startPool({ workerFile: "/nonexistent/parse-worker.mjs" })).toThrow(/npm run build:workers/);
  });

  it("keeps the main thread free while workers parse hostile and normal files in parallel", async () => {
    const parsePool = startPool({ threads: 2, heapMb: 256, timeoutMs: 4_000 });
    const files = [
      hugeTextDocx(40),
      endlessPdf(),
      inflationBombPdf(4_096),
      cv("john-doe-data_brilliant-cv-typst.pdf"),
      hugeTextDocx(40),
      cv("jane-smith_minimal.docx"),
    ];
    let settled = false;
    const uploads = Promise.all(files.map((bytes) => outcome(parsePool.run("cvFile", { bytes, maxBytes })))).finally(() => (settled = true));
    let ticksWhileParsing = 0;
    const ticker = setInterval(() => {
      if (!settled) ticksWhileParsing++;
    }, 10);
    const results = await uploads;
    clearInterval(ticker);
    // mammoth reads a DOCX in one synchronous call: in this thread, no timer could fire meanwhile.
    expect(ticksWhileParsing).toBeGreaterThan(50);
    expect(results.map((r) => r.split(":")[0])).toEqual(["too_complex", "too_complex", "too_complex", "parsed", "too_complex", "parsed"]);
  });
});
