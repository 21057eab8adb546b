import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCvText } from "@/lib/cv/ingest";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import {
  deleteApplicationForUser,
  findOrCreateApplication,
  getApplicationForUser,
  listApplicationsByUserId,
  updateApplicationForUser,
} from "@/lib/db/queries/applications";
import { createCv, saveCvProfileForUser } from "@/lib/db/queries/cvs";
import { sourced } from "@/lib/cv/profile";
import { createJobPosting, getJobPostingForUser, listJobPostingsByUserId } from "@/lib/db/queries/jobs";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import { computeFit } from "@/lib/fit/fit";
import { saveAndRescore } from "@/lib/fit/rescore";
import { analyzePosting } from "@/lib/jobs/analyze";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { proposeTailoring } from "@/lib/tailor/propose";

const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../../prisma/migrations"));

describe.each(testDatabases())("job postings and applications on $name", (testDb) => {
  let open: OpenDatabase;
  let db: PrismaClient;
  let ana: string;
  let bo: string;

  beforeAll(async () => {
    ({ open } = await openTestDatabase(testDb));
    await open.withMigrationLock((sql) => applyMigrations(sql, migrations));
    db = open.prisma;
    ana = (await db.user.create({ data: { email: "ana@example.test" } })).id;
    bo = (await db.user.create({ data: { email: "bo@example.test" } })).id;
  });
  afterAll(async () => {
    await open?.close();
    await testDb.dispose();
  });

  it("joins only the owner's CV and the owner's job, once per pair, and keeps them private", async () => {
    const read = readCvText(
      "Ana Ortiz\nana@example.test\nExperience\nData Analyst at Initech   2021 - Present\n• Built SQL dashboards in Tableau\nSkills\nSQL, Tableau",
    );
    const { id: cvId } = await createCv(db, { userId: ana, name: "CV", fileName: null, file: null, read });
    const analysis = analyzePosting("Job title: Data Analyst\nCompany: Globex\nRequirements:\n- SQL and Tableau\n- Python");
    const { id: jobId } = await createJobPosting(db, { userId: ana, text: "…", analysis, sourceFileName: null });
    const { id: otherJob } = await createJobPosting(db, { userId: bo, text: "…", analysis, sourceFileName: null });
    const data = { fit: computeFit(read.profile, analysis), tailoring: proposeTailoring(read.profile, analysis) };

    expect(await findOrCreateApplication(db, { userId: bo, cvId: cvId!, jobId: otherJob, ...data })).toBeNull();
    expect(await findOrCreateApplication(db, { userId: ana, cvId: cvId!, jobId: otherJob, ...data })).toBeNull();
    const first = await findOrCreateApplication(db, { userId: ana, cvId: cvId!, jobId, ...data });
    const again = await findOrCreateApplication(db, { userId: ana, cvId: cvId!, jobId, ...data });
    expect(again?.id).toBe(first?.id);
    // A candidate's CV that Ana uploaded for her organisation is not hers to apply with.
    const org = await db.organization.create({ data: { name: "Ana's employer" } });
    const candidate = await createCv(db, { userId: ana, orgId: org.id, name: "Candidate", fileName: null, file: null, read: { ...read, sha256: "candidate" } });
    expect(await findOrCreateApplication(db, { userId: ana, cvId: candidate.id!, jobId, ...data })).toBeNull();

    expect(await getApplicationForUser(db, { id: first!.id, userId: bo })).toBeNull();
    expect(await updateApplicationForUser(db, { id: first!.id, userId: bo, data: { status: "OFFER" } })).toBe(false);
    expect(await deleteApplicationForUser(db, { id: first!.id, userId: bo })).toBe(false);
    expect(await getJobPostingForUser(db, { id: jobId, userId: bo })).toBeNull();
    expect((await listJobPostingsByUserId(db, { userId: bo })).map((j) => j.id)).toEqual([otherJob]);

    expect(await updateApplicationForUser(db, { id: first!.id, userId: ana, data: { status: "APPLIED" } })).toBe(true);
    expect(await listApplicationsByUserId(db, { userId: ana })).toEqual([expect.objectContaining({ id: first!.id, status: "APPLIED", score: data.fit.score })]);
    expect(await listApplicationsByUserId(db, { userId: bo })).toEqual([]);
    expect((await getApplicationForUser(db, { id: first!.id, userId: ana }))?.fit.requiredMissing).toEqual(["Python"]);

    // Adding Python to the profile scores the application again; Bo's attempt touches nothing of Ana's.
    const profile = { ...read.profile, skills: [...read.profile.skills, sourced("Python", "Edited by you", 1)] };
    expect(await saveAndRescore(db, { userId: bo, cvId: cvId! }, (tx) => saveCvProfileForUser(tx, { id: cvId!, userId: bo, profile, confidence: 1 }))).toBe(0);
    expect((await getApplicationForUser(db, { id: first!.id, userId: ana }))?.fit.requiredMissing).toEqual(["Python"]);
    expect(await saveAndRescore(db, { userId: ana, cvId: cvId! }, (tx) => saveCvProfileForUser(tx, { id: cvId!, userId: ana, profile, confidence: 1 }))).toBe(
      1,
    );
    const refreshed = await getApplicationForUser(db, { id: first!.id, userId: ana });
    expect(refreshed?.fit.requiredMissing).toEqual([]);
    expect(refreshed?.fit.score).toBe(100);
  });
});
