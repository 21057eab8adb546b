// The app under load: the production build (`next start`) on real Postgres, with the stub LLM at a
// fixed 200 ms time to first token and 10 ms per token. GENERATIONS streaming documents (default 200)
// are started at once, while history reads and searches, CV uploads and chat answers run beside
// them, and /api/health is asked every 20 ms. Prints throughput, the TTFT the app adds (p50/p95/p99),
// errors, lost documents (every document a browser saw started must be in the database, COMPLETE,
// with exactly the text that was streamed), peak RSS of the server, peak database connections, and
// /api/health p95 during the run. Budgets: 0 errors, 0 lost, peak RSS ≤ 600 MB, health p95 ≤ 50 ms.
// The last line is one JSON object.
//
//   npm run build && npm run bench:load [-- --generations 200]
// Needs TEST_DATABASE_URL (a Postgres server where it may create a throwaway database).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { benchDatabase, registerAccount, rssBytes, startNextServer, startStubProcess, waitForHealth } from "./lib/bench-server.mjs";
import { jobBrief } from "./lib/job-brief.mjs";
import { actionId, callAction } from "./lib/server-actions.mjs";

const root = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3203);
const base = `http://127.0.0.1:${PORT}`;
const TTFT_MS = 200;
const TOKEN_DELAY_MS = 10;
const argAfter = (flag, fallback) => {
  const at = process.argv.indexOf(flag);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const GENERATIONS = argAfter("--generations", 200);
const HR_ACCOUNTS = 10;
const budgets = { errors: 0, lostDocuments: 0, peakRssMb: 600, healthP95Ms: 50 };

if (!process.env.TEST_DATABASE_URL) {
  console.error("bench:load runs on real Postgres: set TEST_DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres).");
  process.exit(2);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};
const round1 = (v) => Math.round(v * 10) / 10;

/** The generation events in a server action's Flight response: rows of the form `<id>:<json>`. */
function eventsOf(body) {
  const events = [];
  for (const line of body.split("\n")) {
    const json = line.slice(line.indexOf(":") + 1);
    if (!json.startsWith('{"type":')) continue;
    try {
      events.push(JSON.parse(json));
    } catch {
      // not an event row
    }
  }
  return events;
}

/** One streamed document through the real server action: its id, when its first text came, and its text. */
async function generation(actionIdOf, cookie, n) {
  const started = performance.now();
  const response = await callAction(
    base,
    "/tools/job-description",
    actionIdOf,
    [{ tool: "job-description", input: jobBrief(`Load Test Engineer ${n}`), modelId: "ollama:llama3.2" }],
    cookie,
  );
  if (!response.ok) throw new Error(`the action answered ${response.status}`);
  const decoder = new TextDecoder();
  let body = "";
  let firstMs;
  for await (const chunk of response.body) {
    body += decoder.decode(chunk, { stream: true });
    if (firstMs === undefined && body.includes('"type":"text"')) firstMs = performance.now() - started;
  }
  const events = eventsOf(body);
  const id = events.find((e) => e.type === "start")?.generationId;
  const done = events.find((e) => e.type === "done");
  const error = events.find((e) => e.type === "error");
  const text = events
    .filter((e) => e.type === "text")
    .map((e) => e.delta)
    .join("");
  if (error || !done || done.status !== "COMPLETE" || firstMs === undefined)
    throw Object.assign(new Error(error?.code ?? "the stream ended without finishing"), { id });
  return { id, text, ttftMs: firstMs };
}

/** Runs `task` again and again until `until` resolves, counting what failed. */
async function repeatUntil(until, task) {
  let stop = false;
  void until.then(() => (stop = true));
  const outcome = { ok: 0, failed: 0, reasons: new Set() };
  while (!stop) {
    await task().then(
      () => outcome.ok++,
      (error) => (outcome.failed++, outcome.reasons.add(String(error.message))),
    );
  }
  return outcome;
}

async function directTtft(stubUrl) {
  const started = performance.now();
  const response = await fetch(`${stubUrl}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "llama3.2", stream: true, messages: [{ role: "user", content: "Job title: Load Test Engineer" }] }),
  });
  const reader = response.body.getReader();
  await reader.read();
  const ms = performance.now() - started;
  await reader.cancel();
  return ms;
}

const stub = await startStubProcess({ root, port: PORT + 1000, ttftMs: TTFT_MS, tokenDelayMs: TOKEN_DELAY_MS });
const database = await benchDatabase();
const server = startNextServer({
  root,
  port: PORT,
  env: {
    ...database.env,
    AUTH_SECRET: "bench-secret-0123456789-0123456789-abcdef",
    OLLAMA_BASE_URL: stub.url,
    LLM_CHAIN: "ollama",
    RATE_LIMIT_GENERATIONS_PER_MINUTE: "100000",
    RATE_LIMIT_UPLOADS_PER_HOUR: "100000",
    RATE_LIMIT_CHAT_PER_MINUTE: "100000",
    RATE_LIMIT_REGISTRATIONS_PER_HOUR: "100000",
  },
});
const dbClient = new pg.Client({ connectionString: database.env.DATABASE_URL });
let exitCode = 0;
try {
  await waitForHealth(base);
  await dbClient.connect();
  const generate = actionId(root, "app/(app)/tools/actions.ts", "generateDocument");
  const startConversation = actionId(root, "app/(app)/chat/actions.ts", "startConversation");
  const hrCookies = [];
  for (let i = 0; i < HR_ACCOUNTS; i++) hrCookies.push(await registerAccount(root, base, { organizationName: `Load Co ${i}` }));
  const seeker = await registerAccount(root, base, { accountType: "seek" });
  const cvFiles = fs
    .readdirSync(path.join(root, "../shared/corpus/resumes"))
    .filter((f) => /\.(pdf|docx)$/.test(f))
    .slice(0, 12)
    .map((f) => path.join(root, "../shared/corpus/resumes", f));
  const upload = async (i, files = cvFiles) => {
    const file = files[i % files.length];
    const form = new FormData();
    form.set("file", new Blob([fs.readFileSync(file)]), path.basename(file));
    const response = await fetch(`${base}/api/cvs`, { method: "POST", body: form, headers: { cookie: seeker, origin: base } });
    if (response.status >= 300) throw new Error(`upload answered ${response.status}`);
    return (await response.json()).id;
  };
  // A conversation to ask in, on a CV of the seeker's.
  // Only files the app reads: the corpus also holds scans and broken files, whose refusal is right.
  const readable = [];
  for (const [i] of cvFiles.entries())
    if (
      await upload(i).then(
        () => true,
        () => false,
      )
    )
      readable.push(cvFiles[i]);
  cvFiles.splice(0, cvFiles.length, ...readable);
  const cvId = await upload(0);
  const conversation = /\/chat\/([a-z0-9]+)/.exec(
    (await callAction(base, "/chat", startConversation, [{ cvId }], seeker)).headers.get("x-action-redirect") ?? "",
  )?.[1];
  if (!conversation) throw new Error("no conversation could be started");
  // Warm up: compiled code, a full pool, cached prompts.
  for (let i = 0; i < 3; i++) await generation(generate, hrCookies[0], -i);
  const directMs = [];
  for (let i = 0; i < 5; i++) directMs.push(await directTtft(stub.url));
  const directP50 = pct(directMs, 50);

  let peakRss = 0;
  let peakConnections = 0;
  const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, rssBytes(server.pid))), 50);
  const connectionTimer = setInterval(() => {
    dbClient
      .query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database()")
      .then(({ rows }) => (peakConnections = Math.max(peakConnections, rows[0].n - 1)))
      .catch(() => undefined);
  }, 200);

  const started = performance.now();
  const results = Array.from({ length: GENERATIONS }, (_, n) =>
    generation(generate, hrCookies[n % hrCookies.length], n).then(
      (value) => ({ ok: true, ...value }),
      (error) => ({ ok: false, id: error.id, error: String(error.message) }),
    ),
  );
  const allDone = Promise.all(results);
  const healthMs = [];
  let healthFailures = 0;
  const health = (async () => {
    let stop = false;
    void allDone.then(() => (stop = true));
    while (!stop) {
      const t = performance.now();
      const ok = await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) healthMs.push(performance.now() - t);
      else healthFailures++;
      await sleep(20);
    }
  })();
  let asked = 0;
  const [history, searches, uploads, chats] = await Promise.all([
    repeatUntil(allDone, async () => {
      const r = await fetch(`${base}/history`, { headers: { cookie: hrCookies[asked++ % hrCookies.length] } });
      await r.text();
      if (!r.ok) throw new Error(String(r.status));
    }),
    repeatUntil(allDone, async () => {
      const r = await fetch(`${base}/history?q=Load%20Test`, { headers: { cookie: hrCookies[0] } });
      await r.text();
      if (!r.ok) throw new Error(String(r.status));
    }),
    repeatUntil(allDone, () => upload(asked++)),
    repeatUntil(allDone, async () => {
      const r = await fetch(`${base}/api/chat/${conversation}`, {
        method: "POST",
        headers: { cookie: seeker, origin: base, "content-type": "application/json" },
        body: JSON.stringify({ trigger: "submit-message", question: { id: `load-${++asked}-${Date.now()}`, text: "Where did they work last?" } }),
      });
      await r.text();
      if (!r.ok) throw new Error(`chat answered ${r.status}`);
    }),
  ]);
  const generations = await allDone;
  const elapsedS = (performance.now() - started) / 1000;
  await health;
  clearInterval(rssTimer);
  clearInterval(connectionTimer);

  // Every document a browser saw started must be saved, complete, with what it was shown.
  const seen = generations.filter((g) => g.id);
  const { rows } = await dbClient.query('SELECT id, status, output FROM "Generation" WHERE id = ANY($1)', [seen.map((g) => g.id)]);
  const saved = new Map(rows.map((r) => [r.id, r]));
  const lost = seen.filter((g) => {
    const row = saved.get(g.id);
    return !row || row.status !== "COMPLETE" || (g.ok && row.output !== g.text);
  }).length;
  const completed = generations.filter((g) => g.ok);
  const added = completed.map((g) => g.ttftMs - directP50);
  const sideErrors = history.failed + searches.failed + uploads.failed + chats.failed;
  const figures = {
    generations: GENERATIONS,
    completed: completed.length,
    generationErrors: GENERATIONS - completed.length,
    otherRequests: { history: history.ok, searches: searches.ok, uploads: uploads.ok, chatAnswers: chats.ok },
    otherErrors: sideErrors,
    errors: GENERATIONS - completed.length + sideErrors + healthFailures,
    lostDocuments: lost,
    documentsPerSecond: round1(completed.length / elapsedS),
    elapsedSeconds: round1(elapsedS),
    addedTtftP50Ms: round1(pct(added, 50)),
    addedTtftP95Ms: round1(pct(added, 95)),
    addedTtftP99Ms: round1(pct(added, 99)),
    peakRssMb: Math.round(peakRss / 1024 / 1024),
    peakDbConnections: peakConnections,
    healthP95Ms: round1(pct(healthMs, 95)),
    healthChecks: healthMs.length,
    cores: os.cpus().length,
  };
  const verdict = {
    errors: figures.errors <= budgets.errors,
    lostDocuments: figures.lostDocuments <= budgets.lostDocuments,
    peakRssMb: figures.peakRssMb <= budgets.peakRssMb,
    healthP95Ms: figures.healthP95Ms <= budgets.healthP95Ms,
  };
  console.log(`Load: ${GENERATIONS} streamed documents at once on Postgres, stub TTFT ${TTFT_MS} ms + ${TOKEN_DELAY_MS} ms/token, ${figures.cores} cores`);
  console.log(
    `  completed ${figures.completed} in ${figures.elapsedSeconds} s (${figures.documentsPerSecond} documents/s); errors ${figures.errors}, lost ${lost}`,
  );
  console.log(`  beside them: ${history.ok} history pages, ${searches.ok} searches, ${uploads.ok} CV uploads, ${chats.ok} chat answers (${sideErrors} failed)`);
  console.log(`  added TTFT p50 ${figures.addedTtftP50Ms} ms, p95 ${figures.addedTtftP95Ms} ms, p99 ${figures.addedTtftP99Ms} ms`);
  console.log(
    `  peak RSS ${figures.peakRssMb} MB, peak database connections ${peakConnections}, /api/health p95 ${figures.healthP95Ms} ms over ${healthMs.length} checks`,
  );
  for (const [name, ok] of Object.entries(verdict)) console.log(`  ${ok ? "PASS" : "FAIL"} ${name}: ${figures[name]} (budget ${budgets[name]})`);
  const sideReasons = [history, searches, uploads, chats].flatMap((o) => [...o.reasons]);
  if (sideReasons.length) console.log(`  failed requests beside them: ${sideReasons.join("; ")}`);
  const failures = generations.filter((g) => !g.ok).slice(0, 5);
  if (failures.length) console.log(`  first failures: ${failures.map((g) => g.error).join("; ")}`);
  console.log(JSON.stringify({ benchmark: "load", ...figures, budgets, pass: Object.values(verdict).every(Boolean) }));
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  server.kill();
  await stub.close();
  await dbClient.end().catch(() => undefined);
  await sleep(500);
  await database.drop();
}
process.exit(exitCode);
