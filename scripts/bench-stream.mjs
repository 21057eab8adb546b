// Streaming overhead of the app: N concurrent generations (N = 1, 10, 50), all sent at once, through
// the real server action against the stub LLM with a fixed 200 ms time to first token. Prints the
// time to first token the app adds over calling the stub directly (p50/p95), delivered tokens per
// second per stream (app vs direct), and the server's peak RSS. The last line is one JSON object.
//
// Side by side, in the same run and through the same Next server, the framework's floor: a server
// action that only relays the stub's tokens as the same events (app/stream-floor/actions.ts, switched
// on by BENCH_STREAM_FLOOR=on). The app's added TTFT is printed as a ratio to the floor's added TTFT.
// Budget: ≤ 1.2× the floor at p50 and p95 (N = 50).
//
//   npm run build && npm run bench:stream [-- --rounds 3]
// Uses a throwaway database on TEST_DATABASE_URL's server when set, else an embedded PGlite.
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { benchDatabase, registerAccount, rssBytes, startNextServer, startStubProcess, waitForHealth } from "./lib/bench-server.mjs";
import { jobBrief } from "./lib/job-brief.mjs";
import { actionId, callAction } from "./lib/server-actions.mjs";
import { tokenize } from "./stub-llm.mjs";

const root = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3201);
const base = `http://127.0.0.1:${PORT}`;
const TTFT_MS = 200;
const TOKEN_DELAY_MS = 10;
const LEVELS = (process.env.BENCH_LEVELS ?? "1,10,50").split(",").map(Number);
const roundsArg = process.argv.indexOf("--rounds");
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 5;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const round1 = (v) => Math.round(v * 10) / 10;

const brief = jobBrief("Benchmark Engineer");

// --profile writes a V8 CPU profile of the server to bench-results/ (open it in Chrome DevTools).
const PROFILE = process.argv.includes("--profile");

function startServer(env) {
  const nodeArgs = PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.join(root, "bench-results")}`] : [];
  return startNextServer({ root, port: PORT, env, nodeArgs });
}

async function timedStream(response, isToken) {
  const start = performance.now();
  const decoder = new TextDecoder();
  let first;
  let text = "";
  for await (const chunk of response.body) {
    text += decoder.decode(chunk, { stream: true });
    if (first === undefined && isToken(text)) first = performance.now();
  }
  return { firstMs: first, endMs: performance.now(), text, start };
}

async function appGeneration(id, cookie) {
  const t0 = performance.now();
  const response = await callAction(base, "/tools/job-description", id, [{ tool: "job-description", input: brief, modelId: "ollama:llama3.2" }], cookie);
  if (!response.ok) throw new Error(`action answered ${response.status}`);
  const { firstMs, endMs, text } = await timedStream(response, (t) => t.includes('"type":"text"'));
  if (firstMs === undefined) throw new Error(`no text arrived: ${text.slice(0, 300)}`);
  const deltas = [...text.matchAll(/"delta":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`)).join("");
  return { ttft: firstMs - t0, tokens: tokenize(deltas).length, streamMs: endMs - firstMs };
}

/** The floor: the same events through a server action that does nothing else. */
async function floorGeneration(id) {
  const t0 = performance.now();
  const response = await callAction(base, "/", id, [{ prompt: `<brief>\nJob title: ${brief.title}\nCompany: ${brief.companyName}\n</brief>` }]);
  if (!response.ok) throw new Error(`floor action answered ${response.status}`);
  const { firstMs, endMs, text } = await timedStream(response, (t) => t.includes('"type":"text"'));
  if (firstMs === undefined) throw new Error(`no text arrived from the floor: ${text.slice(0, 300)}`);
  const tokens = text.split("\n").filter((l) => l.includes('"type":"text"')).length;
  return { ttft: firstMs - t0, tokens, streamMs: endMs - firstMs };
}

async function directGeneration(stubUrl) {
  const t0 = performance.now();
  const response = await fetch(`${stubUrl}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      model: "llama3.2",
      stream: true,
      messages: [{ role: "user", content: `<brief>\nJob title: ${brief.title}\nCompany: ${brief.companyName}\n</brief>` }],
    }),
  });
  const { firstMs, endMs, text } = await timedStream(response, (t) => t.includes('"done":false'));
  const tokens = text.split("\n").filter((l) => l.includes('"done":false')).length;
  return { ttft: firstMs - t0, tokens, streamMs: endMs - firstMs };
}

async function level(n, run, pid) {
  const samples = [];
  let peak = 0;
  const sampler = pid ? setInterval(() => (peak = Math.max(peak, rssBytes(pid))), 20) : undefined;
  for (let r = 0; r < ROUNDS; r++) samples.push(...(await Promise.all(Array.from({ length: n }, run))));
  clearInterval(sampler);
  return { samples, peak };
}

const stub = await startStubProcess({ root, port: PORT + 1000, ttftMs: TTFT_MS, tokenDelayMs: TOKEN_DELAY_MS });
const db = await benchDatabase();
const server = startServer({
  ...db.env,
  AUTH_SECRET: "bench-secret-0123456789-0123456789-abcdef",
  OLLAMA_BASE_URL: stub.url,
  LLM_CHAIN: "ollama",
  RATE_LIMIT_GENERATIONS_PER_MINUTE: "100000",
  BENCH_STREAM_FLOOR: "on",
});
const results = {};
try {
  await waitForHealth(base);
  const cookie = await registerAccount(root, base);
  const generate = actionId(root, "app/(app)/tools/actions.ts", "generateDocument");
  const floorId = actionId(root, "app/stream-floor/actions.ts", "streamFloor");
  // Warm up as a running server would be: JIT-compiled code, a full database pool, cached prompts.
  for (let i = 0; i < 3; i++) await appGeneration(generate, cookie);
  await Promise.all(Array.from({ length: Math.max(...LEVELS) }, () => appGeneration(generate, cookie)));
  for (let i = 0; i < 3; i++) await floorGeneration(floorId);

  console.log(
    `Streaming benchmark: stub TTFT ${TTFT_MS} ms, ${TOKEN_DELAY_MS} ms per token, ${ROUNDS} rounds per level, ${db.label}, ${os.cpus().length} cores`,
  );
  console.log(
    "   N | direct TTFT p50/p95 | app TTFT p50/p95 | added TTFT p50/p95 | floor added p50/p95 | app/floor p50/p95 | tok/s direct | tok/s app | peak RSS",
  );
  for (const n of LEVELS) {
    const direct = await level(n, () => directGeneration(stub.url));
    const floor = await level(n, () => floorGeneration(floorId));
    const app = await level(n, () => appGeneration(generate, cookie), server.pid);
    const directP50 = pct(
      direct.samples.map((s) => s.ttft),
      50,
    );
    const added = app.samples.map((s) => s.ttft - directP50);
    const floorAdded = floor.samples.map((s) => s.ttft - directP50);
    const rate = (list) => list.reduce((sum, s) => sum + s.tokens / (s.streamMs / 1000), 0) / list.length;
    const row = {
      directTtftP50: round1(directP50),
      directTtftP95: round1(
        pct(
          direct.samples.map((s) => s.ttft),
          95,
        ),
      ),
      appTtftP50: round1(
        pct(
          app.samples.map((s) => s.ttft),
          50,
        ),
      ),
      appTtftP95: round1(
        pct(
          app.samples.map((s) => s.ttft),
          95,
        ),
      ),
      addedTtftP50: round1(pct(added, 50)),
      addedTtftP95: round1(pct(added, 95)),
      floorAddedTtftP50: round1(pct(floorAdded, 50)),
      floorAddedTtftP95: round1(pct(floorAdded, 95)),
      ratioToFloorP50: Math.round((pct(added, 50) / pct(floorAdded, 50)) * 100) / 100,
      ratioToFloorP95: Math.round((pct(added, 95) / pct(floorAdded, 95)) * 100) / 100,
      tokensPerSecondDirect: round1(rate(direct.samples)),
      tokensPerSecondApp: round1(rate(app.samples)),
      peakRssMb: Math.round(app.peak / 1024 / 1024),
      samples: app.samples.length,
    };
    results[`n${n}`] = row;
    console.log(
      `${String(n).padStart(4)} | ${`${row.directTtftP50} / ${row.directTtftP95}`.padStart(19)} | ${`${row.appTtftP50} / ${row.appTtftP95}`.padStart(16)} | ${`${row.addedTtftP50} / ${row.addedTtftP95}`.padStart(18)} | ${`${row.floorAddedTtftP50} / ${row.floorAddedTtftP95}`.padStart(19)} | ${`${row.ratioToFloorP50} / ${row.ratioToFloorP95}`.padStart(17)} | ${String(row.tokensPerSecondDirect).padStart(12)} | ${String(row.tokensPerSecondApp).padStart(9)} | ${row.peakRssMb} MB`,
    );
  }
  // The budget is set at N=50; a run without that level (BENCH_LEVELS) reports no verdict.
  const n50 = results.n50;
  const met = n50 ? n50.addedTtftP50 <= 30 && n50.addedTtftP95 <= 100 : null;
  console.log(`Budget at N=50 (added TTFT p50 ≤ 30 ms, p95 ≤ 100 ms): ${met === null ? "not measured in this run" : met ? "met" : "not met"}`);
  const floorMet = n50 ? n50.ratioToFloorP50 <= 1.2 && n50.ratioToFloorP95 <= 1.2 : null;
  console.log(
    `Budget at N=50 (added TTFT ≤ 1.2× the floor's at p50 and p95): ${floorMet === null ? "not measured in this run" : floorMet ? "met" : "not met"}`,
  );
  console.log(
    JSON.stringify({
      benchmark: "stream",
      stubTtftMs: TTFT_MS,
      tokenDelayMs: TOKEN_DELAY_MS,
      rounds: ROUNDS,
      database: db.label,
      budgetMet: met,
      floorBudgetMet: floorMet,
      ...results,
    }),
  );
} finally {
  server.kill("SIGTERM");
  await sleep(500);
  await stub.close();
  await db.drop().catch(() => undefined);
}
process.exit(0);
