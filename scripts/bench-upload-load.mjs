// Hostile and large uploads against a running server: the built app is started on a free port with
// a fresh database, a job seeker signs up, then every round sends file bombs (a PDF inflating to
// 4 GB, a hex-encoded one, 312 pages, millions of text operators, a DOCX with 40 MB of text, a zip
// bomb) and the largest real CVs and postings of the corpus, all at once, while /api/health is timed
// every 20 ms. Prints /api/health's latency idle and under that load (budget: p95 < 50 ms under
// load), what each upload got back, and the server's peak memory. The last line is one JSON object.
//
//   npm run build && npm run bench:upload [-- --rounds 2]
// Uses a throwaway database on TEST_DATABASE_URL's server when set, else an embedded PGlite.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { benchDatabase, freePort, registerAccount, rssBytes, startNextServer, waitForHealth } from "./lib/bench-server.mjs";
import { hugeTextDocx, inflationBombPdf, manyPagesPdf, textFloodPdf, zipBombDocx } from "./lib/hostile-files.mjs";

const root = path.resolve(import.meta.dirname, "..");
const corpus = path.resolve(root, "../shared/corpus");
const roundsArg = process.argv.indexOf("--rounds");
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 2;
const HEALTH_EVERY_MS = 20;
const IDLE_SAMPLES = 100;
const BUDGET_P95_MS = 50;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const round1 = (v) => Math.round(v * 10) / 10;
const summary = (values) => ({ p50: round1(pct(values, 50)), p95: round1(pct(values, 95)), max: round1(Math.max(...values)), samples: values.length });

/** The corpus's largest files of a kind, biggest first. */
function largest(dir, count, pattern) {
  return fs
    .readdirSync(path.join(corpus, dir))
    .filter((name) => pattern.test(name))
    .map((name) => ({ name, size: fs.statSync(path.join(corpus, dir, name)).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, count)
    .map(({ name }) => ({ label: name, fileName: name, bytes: new Uint8Array(fs.readFileSync(path.join(corpus, dir, name))) }));
}

const hostile = [
  { label: "PDF inflating to 4 GB", fileName: "bomb.pdf", bytes: inflationBombPdf(4096) },
  { label: "hex-encoded PDF inflating to 2 GB", fileName: "hex-bomb.pdf", bytes: inflationBombPdf(2048, { encoding: "hex" }) },
  { label: "PDF of 312 pages", fileName: "pages.pdf", bytes: manyPagesPdf(312) },
  { label: "PDF of 4 million text operators", fileName: "flood.pdf", bytes: textFloodPdf(4_000_000) },
  { label: "DOCX with 40 MB of text", fileName: "huge.docx", bytes: hugeTextDocx(40) },
  { label: "DOCX zip bomb", fileName: "zip-bomb.docx", bytes: zipBombDocx(100) },
].map((upload) => ({ ...upload, endpoint: "/api/cvs", hostile: true }));
const real = [
  ...largest("resumes", 4, /\.(pdf|docx)$/).map((upload) => ({ ...upload, endpoint: "/api/cvs" })),
  ...largest("jobs", 2, /\.(pdf|docx)$/).map((upload) => ({ ...upload, endpoint: "/api/jobs" })),
].map((upload) => ({ ...upload, hostile: false }));
const uploads = [...hostile, ...real];

async function upload(base, cookie, { endpoint, fileName, bytes }) {
  const form = new FormData();
  form.append("file", new Blob([bytes]), fileName);
  const started = performance.now();
  const response = await fetch(`${base}${endpoint}`, { method: "POST", body: form, headers: { cookie, origin: base } });
  const body = await response.json().catch(() => ({}));
  return { status: response.status, code: body.error?.code ?? "saved", message: body.error?.message ?? "", ms: performance.now() - started };
}

/** Times /api/health every HEALTH_EVERY_MS, one request at a time, until `done()` says stop. */
async function timeHealth(base, done) {
  const latencies = [];
  while (!done()) {
    const started = performance.now();
    const response = await fetch(`${base}/api/health`);
    await response.arrayBuffer();
    const took = performance.now() - started;
    if (!response.ok) throw new Error(`/api/health answered ${response.status}`);
    latencies.push(took);
    await sleep(Math.max(0, HEALTH_EVERY_MS - took));
  }
  return latencies;
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const db = await benchDatabase();
const server = startNextServer({
  root,
  port,
  env: {
    ...db.env,
    AUTH_SECRET: "bench-secret-0123456789-0123456789-abcdef",
    RATE_LIMIT_UPLOADS_PER_HOUR: "100000",
    RATE_LIMIT_REGISTRATIONS_PER_HOUR: "1000",
  },
});
try {
  await waitForHealth(base);
  const cookie = await registerAccount(root, base, { accountType: "seek" });
  // Warm up as a running server would be: the parse worker started, the database pool open.
  for (const file of real) await upload(base, cookie, file);
  let idleCount = 0;
  const idle = await timeHealth(base, () => idleCount++ >= IDLE_SAMPLES);

  const underLoad = [];
  const outcomes = new Map(uploads.map((u) => [u.label, []]));
  const idleRss = rssBytes(server.pid);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssBytes(server.pid))), 50);
  for (let round = 0; round < ROUNDS; round++) {
    let finished = false;
    const sent = Promise.all(uploads.map((u) => upload(base, cookie, u))).finally(() => (finished = true));
    underLoad.push(...(await timeHealth(base, () => finished)));
    for (const [i, result] of (await sent).entries()) outcomes.get(uploads[i].label).push(result);
  }
  clearInterval(sampler);

  const health = { idle: summary(idle), underLoad: summary(underLoad) };
  const met = health.underLoad.p95 < BUDGET_P95_MS;
  console.log(
    `Upload load benchmark: ${uploads.length} uploads at once (${hostile.length} hostile, ${real.length} real), ${ROUNDS} rounds, ${db.label}, ${os.cpus().length} cores`,
  );
  console.log(
    `/api/health every ${HEALTH_EVERY_MS} ms  idle: p50 ${health.idle.p50} ms, p95 ${health.idle.p95} ms, max ${health.idle.max} ms (${health.idle.samples} samples)`,
  );
  console.log(
    `                      under load: p50 ${health.underLoad.p50} ms, p95 ${health.underLoad.p95} ms, max ${health.underLoad.max} ms (${health.underLoad.samples} samples)`,
  );
  console.log(`server RSS: ${Math.round(idleRss / 1024 / 1024)} MB before the uploads, ${Math.round(peak / 1024 / 1024)} MB at most during them`);
  console.log("uploads (status code, slowest answer, message):");
  const perUpload = uploads.map(({ label, hostile: isHostile, bytes }) => {
    const results = outcomes.get(label);
    const answers = [...new Set(results.map((r) => `${r.status} ${r.code}`))];
    const slowestMs = Math.round(Math.max(...results.map((r) => r.ms)));
    console.log(
      `  ${isHostile ? "hostile" : "real   "} ${label} (${(bytes.length / 1024).toFixed(0)} KB): ${answers.join(", ")} in ≤ ${slowestMs} ms${results[0].message ? ` "${results[0].message.slice(0, 90)}"` : ""}`,
    );
    return { file: label, hostile: isHostile, answers, slowestMs };
  });
  console.log(`Budget (health p95 under load < ${BUDGET_P95_MS} ms): ${met ? "met" : "NOT met"}`);
  console.log(
    JSON.stringify({
      benchmark: "upload-load",
      rounds: ROUNDS,
      database: db.label,
      health,
      serverRssMb: { idle: Math.round(idleRss / 1024 / 1024), peak: Math.round(peak / 1024 / 1024) },
      uploads: perUpload,
      budgetMet: met,
    }),
  );
} finally {
  server.kill("SIGTERM");
  await sleep(500);
  await db.drop().catch(() => undefined);
}
process.exit(0);
