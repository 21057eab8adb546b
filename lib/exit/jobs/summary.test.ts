import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordingRoute } from "@/lib/ai/testing/recording-route";
import { withStubLlm } from "@/lib/ai/testing/stub-models";
import type { OpenDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { openTestDatabase, testDatabases } from "@/lib/db/testing/databases";
import { summariseInterview } from "@/lib/exit/analysis/summarise";
import type { ModelSummary } from "@/lib/exit/jobs/model-summary";
import { storedSummary } from "@/lib/exit/jobs/stored-summary";
import { writeInterviewSummary } from "@/lib/exit/jobs/summary";
import { createInterview, createOrganisation, employee, fixtureAnswers, fixtureTurns } from "@/lib/exit/jobs/testing/interviews";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const migrations = readMigrationFiles(path.resolve(import.meta.dirname, "../../../prisma/migrations"));
const llm = withStubLlm();

const verbatim = fixtureAnswers[0].answer.split(". ")[0] + ".";
const modelAnswer = (overrides: Partial<ModelSummary> = {}): ModelSummary => ({
  sentiment: "negative",
  intensity: 2,
  themes: ["compensation", "pay_gripes", "manager"],
  reasons: [{ text: `Pay below market; contact ${employee.email}`, themes: ["compensation", "money"] }],
  wouldHaveStayedIf: "A fair raise.",
  managementFeedback: ["No feedback from [name]."],
  suggestions: ["Review pay bands."],
  wouldRecommend: "no",
  wouldReturn: null,
  escalations: [{ theme: "workload", text: "Not an escalation theme." }],
  quotes: [
    verbatim,
    "The pay was terrible and everyone knew it.",
    // The employee's words, but naming their manager: a quote may hold no personal data.
    "Tomasz Wilk never gave me any feedback and cancelled every one-to-one we had.",
  ],
  ...overrides,
});

describe.each(testDatabases())("the summary job on $name", (testDb) => {
  let open: OpenDatabase;
  let db: PrismaClient;
  let orgId: string;

  beforeAll(async () => {
    ({ open } = await openTestDatabase(testDb));
    await open.withMigrationLock((sql) => applyMigrations(sql, migrations));
    db = open.prisma;
    orgId = (await createOrganisation(db)).id;
  });
  afterAll(async () => {
    await open?.close();
    await testDb.dispose();
  });

  const rowOf = (id: string) =>
    db.exitInterview.findUniqueOrThrow({ where: { id }, select: { summary: true, summaryStatus: true, sentiment: true, themes: true, updatedAt: true } });

  it("writes the offline summary when no model is configured", async () => {
    const { id } = await createInterview(db, orgId);
    expect(await writeInterviewSummary(db, id, { route: null })).toBe("written");
    const row = await rowOf(id);
    const expected = summariseInterview(fixtureTurns, { withdrawn: false });
    expect(storedSummary.read(row.summary, id)).toEqual(expected);
    expect(row).toMatchObject({ summaryStatus: "done", sentiment: expected.sentiment, themes: expected.themes });
  });

  it("writes the same thing when run twice", async () => {
    const { id } = await createInterview(db, orgId);
    await writeInterviewSummary(db, id, { route: null });
    const first = await rowOf(id);
    await writeInterviewSummary(db, id, { route: null });
    const second = await rowOf(id);
    expect({ ...second, updatedAt: undefined }).toEqual({ ...first, updatedAt: undefined });
  });

  it("analyses nothing of a withdrawn interview", async () => {
    const { id } = await createInterview(db, orgId, "WITHDRAWN");
    expect(await writeInterviewSummary(db, id, { route: null })).toBe("skipped");
    expect(await rowOf(id)).toMatchObject({ summary: null, summaryStatus: null, sentiment: null, themes: [] });
  });

  it("leaves an unfinished interview alone", async () => {
    const { id } = await createInterview(db, orgId, "IN_PROGRESS");
    expect(await writeInterviewSummary(db, id, { route: null })).toBe("skipped");
    expect(await rowOf(id)).toMatchObject({ summary: null, summaryStatus: null });
  });

  it("keeps only verbatim quotes without personal data and taxonomy themes from a model, which sees masked text only", async () => {
    const { id } = await createInterview(db, orgId);
    llm.stub.queue.push({ reply: JSON.stringify(modelAnswer()) });
    const { route, prompts } = recordingRoute(llm.route());
    expect(await writeInterviewSummary(db, id, { route })).toBe("written");
    const summary = storedSummary.read((await rowOf(id)).summary, id);

    expect(summary.quotes).toEqual([verbatim]);
    expect(summary.themes).toEqual(["compensation", "manager"]);
    expect(summary.reasons).toEqual([{ text: "Pay below market; contact [email]", themes: ["compensation"] }]);
    expect(summary.escalations).toEqual([]);
    expect(summary).toMatchObject({ sentiment: "negative", wouldRecommend: "no", suggestions: ["Review pay bands."] });

    expect(prompts).toHaveLength(1);
    for (const secret of [employee.email, ...employee.manager.split(" ")]) expect(prompts[0]).not.toContain(secret);
    expect(prompts[0]).toContain("far below the market rate");
  });

  it("falls back to the offline summary when the model's answer is never valid", async () => {
    const { id } = await createInterview(db, orgId);
    llm.stub.queue.push({ reply: "not json" }, { reply: "still not json" }, { reply: "no" }, { reply: "nope" });
    const failures: unknown[] = [];
    await writeInterviewSummary(db, id, { route: llm.route(), onModelFailure: (error) => failures.push(error) });
    expect(failures).toHaveLength(1);
    expect(storedSummary.read((await rowOf(id)).summary, id)).toEqual(summariseInterview(fixtureTurns, { withdrawn: false }));
    expect((await rowOf(id)).summaryStatus).toBe("done");
  });
});
