import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ExtractionError } from "@/lib/cv/extract/extraction-error";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// The app's own database, in memory, so parseOnce runs exactly as the upload routes call it.
vi.hoisted(() => {
  process.env.PGLITE_DIR = "memory://";
  delete process.env.DATABASE_URL;
});

const { getDb } = await import("@/lib/db/client");
const { parseInWorker } = await import("@/lib/files/parse-in-worker");
const { parseOnce } = await import("@/lib/files/parse-once");
const { deleteCvForUser, createCv } = await import("@/lib/db/queries/cvs");

const corpus = path.resolve(import.meta.dirname, "../../../shared/corpus/resumes");
const pdf = new Uint8Array(fs.readFileSync(path.join(corpus, "alfred-pennyworth-pm_moderncv.pdf")));
const maxBytes = 5 * 1024 * 1024;

/** The real parser, counting how often it is asked. */
function countingParser() {
  const calls: string[] = [];
  const parse: typeof parseInWorker = (name, input) => (calls.push(name), parseInWorker(name, input));
  return { calls, parse };
}

describe("parseOnce", () => {
  let db: PrismaClient;
  let ada: string;
  let bob: string;

  beforeAll(async () => {
    db = await getDb();
    ada = (await db.user.create({ data: { email: "ada-parse@example.test" } })).id;
    bob = (await db.user.create({ data: { email: "bob-parse@example.test" } })).id;
  });

  it("parses the same upload from the same person once, and gives the same profile the second time", async () => {
    const { calls, parse } = countingParser();
    const first = await parseOnce("cvFile", { bytes: pdf, maxBytes }, { userId: ada }, { parse, version: "v1" });
    const second = await parseOnce("cvFile", { bytes: pdf, maxBytes }, { userId: ada }, { parse, version: "v1" });
    expect(calls).toEqual(["cvFile"]);
    expect(second).toEqual(first);
    expect(first.profile.experience.length).toBeGreaterThan(0);
  });

  it("parses again for another person, and after the parser changes", async () => {
    const { calls, parse } = countingParser();
    await parseOnce("cvFile", { bytes: pdf, maxBytes }, { userId: bob }, { parse, version: "v1" });
    await parseOnce("cvFile", { bytes: pdf, maxBytes }, { userId: ada }, { parse, version: "v2" });
    expect(calls).toEqual(["cvFile", "cvFile"]);
  });

  it("keeps a refusal the same content always gets, with its message", async () => {
    const { calls, parse } = countingParser();
    const notACv = new TextEncoder().encode("GIF89a this is an image, not a CV");
    const refusal = (await parseOnce("cvFile", { bytes: notACv, maxBytes }, { userId: ada }, { parse, version: "v1" }).catch(
      (e: unknown) => e,
    )) as ExtractionError;
    expect(refusal).toBeInstanceOf(ExtractionError);
    const again = (await parseOnce("cvFile", { bytes: notACv, maxBytes }, { userId: ada }, { parse, version: "v1" }).catch(
      (e: unknown) => e,
    )) as ExtractionError;
    expect(again).toBeInstanceOf(ExtractionError);
    expect([again.problem, again.message]).toEqual([refusal.problem, refusal.message]);
    expect(calls).toHaveLength(1);
  });

  it("does not keep a refusal that depends on the server's load", async () => {
    let calls = 0;
    const overloaded: typeof parseInWorker = async () => {
      calls++;
      throw new ExtractionError("too_complex");
    };
    for (let i = 0; i < 2; i++)
      await expect(parseOnce("cvText", { text: "A pasted CV, long enough." }, { userId: ada }, { parse: overloaded })).rejects.toThrow();
    expect(calls).toBe(2);
  });

  it("forgets what was read from a CV when the CV is deleted", async () => {
    const text = "Grace Hopper\ngrace@example.test\nExperience\nRear Admiral at US Navy   1943 - 1986\n• Wrote the first compiler\nSkills\nCOBOL";
    const { calls, parse } = countingParser();
    const read = await parseOnce("cvText", { text }, { userId: ada }, { parse, version: "v1" });
    const saved = await createCv(db, { userId: ada, name: "Grace", fileName: null, file: null, read });
    expect(await deleteCvForUser(db, { id: saved.id!, userId: ada })).toBe(true);
    expect(await db.parsedContent.count({ where: { contentSha256: read.sha256 } })).toBe(0);
    await parseOnce("cvText", { text }, { userId: ada }, { parse, version: "v1" });
    expect(calls).toEqual(["cvText", "cvText"]);
  });

  it("goes with the account", async () => {
    await parseOnce("postingText", { text: "Data engineer. Required: SQL, Python. Preferred: dbt." }, { userId: bob });
    expect(await db.parsedContent.count({ where: { userId: bob } })).toBeGreaterThan(0);
    await db.user.delete({ where: { id: bob } });
    expect(await db.parsedContent.count({ where: { userId: bob } })).toBe(0);
  });
});
