// History at scale: seeds 100,000 generations for one user (and 20,000 for another) in a throwaway
// Postgres database, then times the history queries the app runs: first page, a deep page, search
// (common word, rare word, prefix) and filters. Prints p50/p95 per query; the last line is one JSON
// object. Budget: p95 ≤ 25 ms.
//
//   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:history
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { DatabaseTarget } from "@/lib/db/connection";
import { openDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";
import { listGenerationsInScope, type HistoryFilters } from "@/lib/db/queries/generations";
import { testDatabases } from "@/lib/db/testing/databases";
import { percentile } from "./lib/bench-support";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const RUNS = 200;
const BUDGET_P95_MS = 25;
process.env.TEST_DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";

// A vocabulary shaped like real text: a few words in nearly every document, a long tail of rare ones
// (ranks drawn log-uniformly, close to Zipf's law). Postgres's statistics depend on that shape.
const named = `team engineer growth quality safety customer support onboarding benefits salary hybrid remote office
  nurse designer analyst manager developer accountant teacher chef driver recruiter lawyer pipeline payroll
  kubernetes python react berlin lisbon paris london toronto austin mentor compliance ledger forecast`.split(/\s+/);
const words = [...named, ...Array.from({ length: 5_000 - named.length }, (_, i) => `term${i}`)];

async function main() {
  const throwaway = testDatabases().find((d) => d.name === "postgres")!;
  const target = (await throwaway.target()) as Extract<DatabaseTarget, { kind: "postgres" }>;
  const url = new URL(target.url);
  const db = await openDatabase(target);
  try {
    await db.withMigrationLock((sql) => applyMigrations(sql, readMigrationFiles(path.resolve("prisma/migrations"))));
    // HR users see their organisation's documents: the history being measured is an organisation's.
    const [orgA, orgB] = [await db.prisma.organization.create({ data: { name: "A" } }), await db.prisma.organization.create({ data: { name: "B" } })];
    const user = await db.prisma.user.create({ data: { email: "bench@example.test", role: "HR", organizationId: orgA.id } });
    const other = await db.prisma.user.create({ data: { email: "other@example.test", role: "HR", organizationId: orgB.id } });
    const scope = { orgId: orgA.id };

    const seedStart = performance.now();
    const raw = new pg.Client({ connectionString: url.toString() });
    await raw.connect();
    const seed = async (userId: string, orgId: string, count: number, marker: string) => {
      for (let offset = 0; offset < count; offset += 10_000) {
        const n = Math.min(10_000, count - offset);
        await raw.query(
          `INSERT INTO "Generation" (id, "userId", "orgId", task, title, input, output, status, model, provider, "promptId", "promptVersion", "createdAt", "updatedAt")
           SELECT 'b' || md5($2 || g::text), $1, $6,
             (ARRAY['job-description','offer-letter','interview-questions','onboarding-plan','performance-review'])[1 + g % 5],
             initcap(($3::text[])[1 + (g * 7) % array_length($3::text[], 1)]) || ' ' || initcap(($3::text[])[1 + (g * 13) % array_length($3::text[], 1)]) || ' ' || g,
             '{}'::jsonb,
             (SELECT string_agg(($3::text[])[floor(exp(random() * ln(array_length($3::text[], 1))))::int], ' ') FROM generate_series(1, 120 + 0 * g) k)
               || CASE WHEN g % 5000 = 0 THEN ' zanzibar' ELSE '' END,
             'COMPLETE',
             (ARRAY['offline:draft','groq:llama-3.3-70b-versatile','ollama:llama3.2'])[1 + g % 3],
             (ARRAY['offline','groq','ollama'])[1 + g % 3],
             'bench', 1,
             now() - (g * 7 || ' minutes')::interval, now()
           FROM generate_series($4::int, $5::int) g`,
          [userId, marker, words, offset + 1, offset + n, orgId],
        );
      }
    };
    await seed(user.id, orgA.id, ROWS, "u");
    await seed(other.id, orgB.id, Math.round(ROWS / 5), "o");
    await raw.query(`ANALYZE "Generation"`);
    await raw.end();
    const seedSeconds = (performance.now() - seedStart) / 1000;

    const middle = await listGenerationsInScope(db.prisma, { scope, limit: Math.floor(ROWS / 2) });
    const deepCursor = middle.nextCursor;
    const cases: Record<string, { filters?: HistoryFilters; cursor?: string }> = {
      "list: first page": {},
      "list: page in the middle": { cursor: deepCursor },
      "search: common word": { filters: { query: "engineer" } },
      "search: rare word": { filters: { query: "zanzibar" } },
      "search: two words, prefix": { filters: { query: "payroll ment" } },
      "search: no match": { filters: { query: "qwertyuiop" } },
      "filter: tool and model": { filters: { task: "offer-letter", model: "groq" } },
      "filter: search within a tool": { filters: { query: "nurse", task: "onboarding-plan" } },
      "filter: date range": { filters: { from: new Date(Date.now() - 40 * 86_400_000), to: new Date(Date.now() - 30 * 86_400_000) } },
    };
    const results: Record<string, { p50: number; p95: number; rows: number }> = {};
    console.log(
      `History benchmark: ${ROWS.toLocaleString("en")} generations in one organisation (+${(ROWS / 5).toLocaleString("en")} in another), real Postgres, seeded in ${seedSeconds.toFixed(1)} s, ${RUNS} runs per query`,
    );
    console.log("query                          |   p50 ms |   p95 ms | rows");
    for (const [name, { filters, cursor }] of Object.entries(cases)) {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < RUNS + 10; i++) {
        const t0 = performance.now();
        const page = await listGenerationsInScope(db.prisma, { scope, cursor, filters });
        if (i >= 10) times.push(performance.now() - t0); // the first runs warm caches
        rows = page.items.length;
      }
      results[name] = { p50: percentile(times, 50, 2), p95: percentile(times, 95, 2), rows };
      console.log(`${name.padEnd(30)} | ${String(results[name].p50).padStart(8)} | ${String(results[name].p95).padStart(8)} | ${rows}`);
    }
    const worstP95 = Math.max(...Object.values(results).map((r) => r.p95));
    console.log(`Budget (every p95 ≤ ${BUDGET_P95_MS} ms): ${worstP95 <= BUDGET_P95_MS ? "met" : "not met"}, worst p95 ${worstP95} ms`);
    console.log(
      JSON.stringify({
        benchmark: "history",
        rows: ROWS,
        runs: RUNS,
        seedSeconds: Math.round(seedSeconds * 10) / 10,
        worstP95,
        budgetMet: worstP95 <= BUDGET_P95_MS,
        queries: results,
      }),
    );
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await db.close();
    await throwaway.dispose();
  }
}

await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
