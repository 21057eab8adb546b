// Page speed as a visitor on a phone sees it: Lighthouse (mobile, its default simulated throttling)
// on every page of the production build (`next start`, no proxy in front), signed in where the page
// needs it, on a fresh database holding the demo accounts (scripts/db-seed.ts) plus one document and
// one CV made through the app. Prints each page's performance and accessibility scores, largest
// contentful paint, JavaScript bytes sent and the part of them the page never runs, and the
// accessibility audits that fail. The last line is one JSON object. Budget: performance ≥ 95 and
// accessibility 100 on every page.
//
// Each page is measured --runs times (default 3) and the run with the median performance score is
// reported, as Lighthouse's own guidance says: one run on a busy machine varies by several points.
//
//   npm run build && npm run bench:pages [-- --runs 1] [-- --only login,tool] [-- --reports dir]
// --reports writes each page's median Lighthouse report (JSON, opens in the Lighthouse viewer) to dir.
// Chromium: CHROME_PATH, else Debian's /usr/bin/chromium.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { benchDatabase, freePort, startNextServer, waitForHealth } from "./lib/bench-server.mjs";
import { actionId, callAction, sessionCookieFrom } from "./lib/server-actions.mjs";

const root = path.resolve(import.meta.dirname, "..");
const PERFORMANCE_BUDGET = 95;
const ACCESSIBILITY_BUDGET = 100;
const DEMO_PASSWORD = "demo-password-1";
const onlyArg = process.argv.indexOf("--only");
const only = onlyArg > 0 ? process.argv[onlyArg + 1].split(",") : null;
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const reportsArg = process.argv.indexOf("--reports");
const REPORTS = reportsArg > 0 ? path.resolve(process.argv[reportsArg + 1]) : null;
const kib = (bytes) => Math.round(bytes / 1024);

/** The demo accounts, created by the project's own seed script in the bench database. */
function seedDemoAccounts(env) {
  const seeded = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--tsconfig", "tsconfig.json", "scripts/db-seed.ts"], {
    cwd: root,
    env: { ...process.env, ...env, NODE_ENV: "development" },
    encoding: "utf8",
  });
  if (seeded.status !== 0) throw new Error(`db:seed failed: ${seeded.stderr}`);
}

async function signIn(base, email) {
  const response = await callAction(base, "/login", actionId(root, "app/(auth)/actions.ts", "login"), [{ email, password: DEMO_PASSWORD }]);
  return sessionCookieFrom(response);
}

/** A conversation about the seeker's CV, through the app's own action (it answers with a redirect to it). */
async function startConversation(base, cookie, cvId) {
  const response = await callAction(base, "/chat/new", actionId(root, "app/(app)/chat/actions.ts", "startConversation"), [{ cvId }], cookie);
  const id = /\/chat\/([a-z0-9]+)/.exec(response.headers.get("x-action-redirect") ?? "")?.[1];
  if (!id) throw new Error(`no conversation was started (status ${response.status})`);
  return id;
}

/** One finished document in the HR user's history, written by the default (offline) model. */
async function writeDocument(base, cookie) {
  const input = {
    title: "Platform Engineer",
    companyName: "Demo Organisation",
    department: "Platform",
    seniority: "senior",
    yearsExperience: "5",
    employmentType: "full-time",
    workMode: "remote",
    location: "",
    aboutCompany: "We build tools for people teams.",
    responsibilities: "Run the platform\nMentor engineers",
    requiredSkills: "Node.js\nPostgres",
    preferredSkills: "Kubernetes",
    qualifications: "",
    salaryMin: "90000",
    salaryMax: "120000",
    currency: "EUR",
    salaryPeriod: "year",
    benefits: "Learning budget",
    language: "en",
    tone: "professional",
  };
  const id = actionId(root, "app/(app)/tools/actions.ts", "generateDocument");
  const body = await (await callAction(base, "/tools/job-description", id, [{ tool: "job-description", input }], cookie)).text();
  const generationId = /"generationId":"([^"]+)"/.exec(body)?.[1];
  if (!generationId) throw new Error(`no document was written: ${body.slice(0, 300)}`);
  return generationId;
}

/** One CV in the job seeker's Copilot: the smallest DOCX of the sample résumés. */
async function uploadCv(base, cookie) {
  const dir = path.resolve(root, "../shared/corpus/resumes");
  const docx = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".docx"))
    .map((f) => ({ f, size: fs.statSync(path.join(dir, f)).size }))
    .sort((a, b) => a.size - b.size)[0];
  if (!docx) throw new Error(`no sample CV in ${dir}`);
  const form = new FormData();
  form.append("file", new Blob([fs.readFileSync(path.join(dir, docx.f))]), docx.f);
  const response = await fetch(`${base}/api/cvs`, { method: "POST", body: form, headers: { cookie, origin: base } });
  const saved = await response.json();
  if (!saved.id) throw new Error(`the CV upload answered ${response.status}: ${JSON.stringify(saved)}`);
  return saved.id;
}

/** Every page worth a visit, with the account that sees it (none for the public ones). */
function pagesToVisit({ hr, admin, seeker, generationId, cvId, conversationId }) {
  const tools = ["job-description", "offer-letter", "interview-questions", "onboarding-plan", "performance-review"];
  return [
    { name: "login", path: "/login" },
    { name: "register", path: "/register" },
    { name: "home (HR)", path: "/", cookie: hr },
    { name: "tools", path: "/tools", cookie: hr },
    ...tools.map((tool) => ({ name: `tool ${tool}`, path: `/tools/${tool}`, cookie: hr })),
    { name: "history", path: "/history", cookie: hr },
    { name: "history item", path: `/history/${generationId}`, cookie: hr },
    { name: "chat (HR)", path: "/chat", cookie: hr },
    { name: "chat candidates", path: "/chat/candidates", cookie: hr },
    { name: "exit interviews", path: "/exit-interviews", cookie: hr },
    { name: "exit interview new", path: "/exit-interviews/new", cookie: hr },
    { name: "account", path: "/account", cookie: hr },
    { name: "admin members", path: "/admin/members", cookie: admin },
    { name: "admin audit", path: "/admin/audit", cookie: admin },
    { name: "home (seeker)", path: "/", cookie: seeker },
    { name: "copilot", path: "/copilot", cookie: seeker },
    { name: "copilot cv", path: `/copilot/cvs/${cvId}`, cookie: seeker },
    { name: "copilot applications", path: "/copilot/applications", cookie: seeker },
    { name: "chat (seeker)", path: "/chat", cookie: seeker },
    { name: "chat new", path: `/chat/new?cv=${cvId}`, cookie: seeker },
    { name: "chat conversation", path: `/chat/${conversationId}`, cookie: seeker },
  ].filter((page) => !only || only.some((o) => page.name.includes(o)));
}

/** The figures of one Lighthouse report. */
function figuresOf(lhr) {
  const requests = lhr.audits["network-requests"]?.details?.items ?? [];
  const scripts = requests.filter((r) => r.resourceType === "Script");
  const failing = Object.values(lhr.audits)
    .filter((a) => lhr.categories.accessibility.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0) && a.score === 0)
    .map((a) => a.id);
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    lcpMs: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(lhr.audits["total-blocking-time"].numericValue),
    jsTransferKiB: kib(scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0)),
    jsResourceKiB: kib(scripts.reduce((sum, r) => sum + (r.resourceSize ?? 0), 0)),
    unusedJsKiB: kib(lhr.audits["unused-javascript"]?.details?.overallSavingsBytes ?? 0),
    failingAccessibility: failing,
    finalUrl: lhr.finalDisplayedUrl,
  };
}

async function main() {
  const port = Number(process.env.BENCH_PORT ?? (await freePort()));
  const base = `http://127.0.0.1:${port}`;
  const database = await benchDatabase();
  seedDemoAccounts(database.env);
  // A fresh secret per run: production refuses to start without one.
  const server = startNextServer({ root, port, env: { ...database.env, AUTH_SECRET: randomBytes(32).toString("base64") } });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage"],
  });
  try {
    await waitForHealth(base);
    const [hr, admin, seeker] = [await signIn(base, "hr@demo.test"), await signIn(base, "admin@demo.test"), await signIn(base, "candidate@demo.test")];
    const generationId = await writeDocument(base, hr);
    const cvId = await uploadCv(base, seeker);
    const conversationId = await startConversation(base, seeker, cvId);
    const results = [];
    const { version } = JSON.parse(fs.readFileSync(path.join(root, "node_modules/lighthouse/package.json"), "utf8"));
    console.log(`Lighthouse ${version}, mobile, default throttling, median of ${RUNS} runs; next start on ${database.label}; ${os.cpus().length} cores`);
    console.log("page                      perf (range)  a11y  LCP ms  TBT ms  JS KiB sent  JS KiB raw  unused JS KiB  failing accessibility audits");
    for (const page of pagesToVisit({ hr, admin, seeker, generationId, cvId, conversationId })) {
      // Warm the route once, as a visitor after the first would find it (Next compiles nothing at run
      // time, but the first render of a route loads its server modules).
      await fetch(`${base}${page.path}`, { headers: page.cookie ? { cookie: page.cookie } : {} }).then((r) => r.arrayBuffer());
      const runs = [];
      let failures = 0;
      let lastError = "";
      for (let run = 0; run < RUNS; run++) {
        const { lhr } = await lighthouse(`${base}${page.path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
        });
        // A page that fails to load is retried (a busy machine can stall one load), then reported.
        if (lhr.runtimeError) lastError = lhr.runtimeError.message;
        if (lhr.runtimeError && failures++ < 2) run--;
        else if (lhr.runtimeError) break;
        else runs.push({ ...figuresOf(lhr), lhr });
      }
      if (!runs.length) {
        console.log(`${page.name.padEnd(25)} not measured: ${lastError}`);
        results.push({ page: page.name, path: page.path, error: lastError, performance: 0, accessibility: 0 });
        continue;
      }
      const { lhr, ...median } = runs.sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];
      if (REPORTS) {
        fs.mkdirSync(REPORTS, { recursive: true });
        fs.writeFileSync(path.join(REPORTS, `${page.name.replace(/\W+/g, "-")}.json`), JSON.stringify(lhr));
      }
      const figures = { page: page.name, path: page.path, ...median, performanceRange: [runs[0].performance, runs.at(-1).performance] };
      if (new URL(figures.finalUrl).pathname !== new URL(`${base}${page.path}`).pathname)
        throw new Error(`${page.path} ended at ${figures.finalUrl}: not signed in?`);
      results.push(figures);
      console.log(
        `${page.name.padEnd(25)} ${String(figures.performance).padStart(4)} ${`(${figures.performanceRange.join("-")})`.padStart(8)}  ${String(figures.accessibility).padStart(4)}  ${String(figures.lcpMs).padStart(6)}  ${String(figures.tbtMs).padStart(6)}  ${String(figures.jsTransferKiB).padStart(11)}  ${String(figures.jsResourceKiB).padStart(10)}  ${String(figures.unusedJsKiB).padStart(13)}  ${figures.failingAccessibility.join(", ")}`,
      );
    }
    const overBudget = results.filter((r) => r.performance < PERFORMANCE_BUDGET || r.accessibility < ACCESSIBILITY_BUDGET).map((r) => r.page);
    console.log(
      overBudget.length
        ? `Over budget: ${overBudget.join(", ")}`
        : `Every page within budget (performance ≥ ${PERFORMANCE_BUDGET}, accessibility ${ACCESSIBILITY_BUDGET}).`,
    );
    console.log(
      JSON.stringify({
        bench: "pages",
        database: database.label,
        runsPerPage: RUNS,
        budget: { performance: PERFORMANCE_BUDGET, accessibility: ACCESSIBILITY_BUDGET },
        withinBudget: overBudget.length === 0,
        pages: results.map(({ finalUrl: _finalUrl, ...r }) => r),
      }),
    );
    if (overBudget.length) process.exitCode = 1;
  } finally {
    chrome.kill();
    server.kill();
    await new Promise((r) => server.once("exit", r));
    await database.drop();
  }
}

await main();
