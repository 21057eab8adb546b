import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCvText } from "@/lib/cv/ingest";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { findOrCreateApplication, getApplicationForUser, listApplicationsByUserId } from "@/lib/db/queries/applications";
import { createCv, getCvForUser } from "@/lib/db/queries/cvs";
import { createJobPosting, getJobPostingForUser, updateJobAnalysisForUser } from "@/lib/db/queries/jobs";
import { StoredShapeError } from "@/lib/db/stored-json";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import { computeFit } from "@/lib/fit/fit";
import { saveAndRescore } from "@/lib/fit/rescore";
import { analyzePosting } from "@/lib/jobs/analyze";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { proposeTailoring } from "@/lib/tailor/propose";

const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../../prisma/migrations"));
const provenance = { modelId: "groq:test-model", promptId: "job-analysis", promptVersion: 2 };

describe.each(testDatabases())("stored JSON shapes and fit scoring on $name", (testDb) => {
  let open: OpenDatabase;
  let db: PrismaClient;
  let ana: string;

  beforeAll(async () => {
    ({ open } = await openTestDatabase(testDb));
    await open.withMigrationLock((sql) => applyMigrations(sql, migrations));
    db = open.prisma;
    ana = (await db.user.create({ data: { email: "ana@example.test" } })).id;
  });
  afterAll(async () => {
    await open?.close();
    await testDb.dispose();
  });

  async function twoApplicationsOfOneJob(label: string) {
    const sqlCv = readCvText(`Ana ${label}\nExperience\nAnalyst at Initech   2021 - Present\n• Built SQL dashboards\nSkills\nSQL`);
    const pythonCv = readCvText(`Ana ${label}\nExperience\nDeveloper at Initech   2020 - Present\n• Wrote Python services\nSkills\nPython`);
    const analysis = analyzePosting("Job title: Data Analyst\nCompany: Globex\nRequirements:\n- SQL\n- Python");
    const { id: jobId } = await createJobPosting(db, { userId: ana, text: `posting ${label}`, analysis, sourceFileName: null });
    const applications = [];
    for (const read of [sqlCv, pythonCv]) {
      const { id: cvId } = await createCv(db, { userId: ana, name: label, fileName: null, file: null, read });
      const data = { fit: computeFit(read.profile, analysis), tailoring: proposeTailoring(read.profile, analysis) };
      applications.push((await findOrCreateApplication(db, { userId: ana, cvId: cvId!, jobId, ...data }))!.id);
    }
    return { jobId, analysis, applications };
  }
  const fitsOf = (ids: string[]) => Promise.all(ids.map(async (id) => (await getApplicationForUser(db, { id, userId: ana }))!.fit));

  it("stores each value with its shape version and reads back what was written, provenance included", async () => {
    const { jobId, analysis, applications } = await twoApplicationsOfOneJob("round trip");
    await updateJobAnalysisForUser(db, { id: jobId, userId: ana, analysis: { ...analysis, provenance } });
    const raw = await db.jobPosting.findUniqueOrThrow({ where: { id: jobId }, select: { analysis: true } });
    expect(raw.analysis).toMatchObject({ v: 1, provenance });
    expect((await getJobPostingForUser(db, { id: jobId, userId: ana }))?.analysis).toEqual({ ...analysis, provenance });

    const application = (await getApplicationForUser(db, { id: applications[0]!, userId: ana }))!;
    const rawApplication = await db.application.findUniqueOrThrow({ where: { id: application.id }, select: { fit: true, tailoring: true } });
    expect(rawApplication).toMatchObject({ fit: { v: 1 }, tailoring: { v: 1 } });
    expect(application.fit).toEqual(computeFit(application.cv.profile, analysis));
    expect(application.tailoring).toEqual(proposeTailoring(application.cv.profile, analysis));
    expect(application.job.analysis).toEqual({ ...analysis, provenance });
  });

  it("reads rows written before shape versions as the current shape", async () => {
    const { jobId, analysis, applications } = await twoApplicationsOfOneJob("version-less");
    const { v: _, ...bare } = (await db.jobPosting.findUniqueOrThrow({ where: { id: jobId }, select: { analysis: true } })).analysis as Record<string, never>;
    await db.jobPosting.update({ where: { id: jobId }, data: { analysis: bare } });
    expect((await getJobPostingForUser(db, { id: jobId, userId: ana }))?.analysis).toEqual(analysis);
    expect((await getApplicationForUser(db, { id: applications[0]!, userId: ana }))?.job.analysis).toEqual(analysis);
  });

  it("fails loudly on a row of an unknown shape, naming the row and the problem", async () => {
    const { applications } = await twoApplicationsOfOneJob("unknown shape");
    const application = (await getApplicationForUser(db, { id: applications[0]!, userId: ana }))!;
    await db.cv.update({ where: { id: application.cvId }, data: { profile: { v: 2, person: { name: "Ana" } } } });
    await expect(getCvForUser(db, { id: application.cvId, userId: ana })).rejects.toMatchObject({
      name: "StoredShapeError",
      code: "internal:database",
      shape: "Cv.profile",
      rowId: application.cvId,
      problem: "v: unknown shape version 2",
    });
    await db.application.update({ where: { id: application.id }, data: { fit: { score: "high" } } });
    const listed = listApplicationsByUserId(db, { userId: ana });
    await expect(listed).rejects.toBeInstanceOf(StoredShapeError);
    await expect(listed).rejects.toMatchObject({ shape: "Application.fit", rowId: application.id, problem: expect.stringContaining("score: invalid_type") });
    await db.application.delete({ where: { id: application.id } });
  });

  it("scores again every application of a job when its analysis changes, in one transaction", async () => {
    const { jobId, analysis, applications } = await twoApplicationsOfOneJob("rescore");
    // Stored as the fit computes it, and the analyst (the role and SQL) ahead of the developer (Python only).
    const stored = (await fitsOf(applications)).map((f) => f.score);
    const profiles = await Promise.all(applications.map(async (id) => (await getApplicationForUser(db, { id, userId: ana }))!.cv.profile));
    expect(stored).toEqual(profiles.map((profile) => computeFit(profile, analysis).score));
    expect(stored[0]!).toBeGreaterThan(stored[1]!);

    const onlySql = { ...analysis, requiredSkills: ["SQL"] };
    expect(await saveAndRescore(db, { userId: ana, jobId }, (tx) => updateJobAnalysisForUser(tx, { id: jobId, userId: ana, analysis: onlySql }))).toBe(2);
    expect((await fitsOf(applications)).map((f) => f.score)).toEqual([100, 0]);

    // One CV's profile cannot be read: the scoring fails, and the new analysis is not kept either.
    const broken = (await getApplicationForUser(db, { id: applications[1]!, userId: ana }))!;
    const goodProfile = broken.cv.profile;
    await db.cv.update({ where: { id: broken.cvId }, data: { profile: { v: 2 } } });
    const onlyPython = { ...analysis, requiredSkills: ["Python"] };
    await expect(
      saveAndRescore(db, { userId: ana, jobId }, (tx) => updateJobAnalysisForUser(tx, { id: jobId, userId: ana, analysis: onlyPython })),
    ).rejects.toBeInstanceOf(StoredShapeError);
    expect((await getJobPostingForUser(db, { id: jobId, userId: ana }))?.analysis.requiredSkills).toEqual(["SQL"]);
    await db.cv.update({ where: { id: broken.cvId }, data: { profile: goodProfile } });
    expect((await fitsOf(applications)).map((f) => f.score)).toEqual([100, 0]);
  });
});
