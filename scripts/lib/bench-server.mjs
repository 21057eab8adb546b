// Shared by the benchmarks that run the built app: a throwaway database, `next start` on a port,
// waiting until it answers, and a signed-in account made through the real registration action.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { actionId, callAction, sessionCookieFrom } from "./server-actions.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A fresh database: one made on TEST_DATABASE_URL's server when set, else an embedded PGlite in a temporary directory. */
export async function benchDatabase() {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hr-bench-"));
    return { env: { DATABASE_URL: "", PGLITE_DIR: dir }, label: "embedded PGlite", drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `hr_bench_${process.pid}`;
  const run = async (sql) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { env: { DATABASE_URL: url.toString() }, label: "Postgres", drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** `next start` of the production build in `root`; `nodeArgs` go to node itself (e.g. --cpu-prof). */
export function startNextServer({ root, port, env, nodeArgs = [] }) {
  return spawn(process.execPath, [...nodeArgs, path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export async function waitForHealth(base) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await sleep(100);
  }
  throw new Error("the app did not start");
}

/**
 * The stub LLM in its own process, like a real LLM server, so serving its tokens does not delay the
 * benchmark's clocks. Returns its URL and a way to stop it.
 */
export async function startStubProcess({ root, port, ttftMs, tokenDelayMs }) {
  const child = spawn(
    process.execPath,
    [path.join(root, "scripts/stub-llm.mjs"), "--port", String(port), "--ttft-ms", String(ttftMs), "--token-delay-ms", String(tokenDelayMs)],
    { stdio: "ignore" },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${url}/api/tags`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await sleep(50);
  }
  return { url, close: async () => void child.kill() };
}

/** Registers a new account through the app's registration action and returns its session cookie. */
export async function registerAccount(root, base, { accountType = "hire", organizationName = "Bench Co" } = {}) {
  const register = await callAction(base, "/register", actionId(root, "app/(auth)/actions.ts", "register"), [
    {
      name: "Bench",
      email: `bench-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`,
      password: "bench-password-1",
      accountType,
      organizationName: accountType === "hire" ? organizationName : "",
    },
  ]);
  return sessionCookieFrom(register);
}

/** Resident memory of the server and its children, from /proc. */
export function rssBytes(pid) {
  let total = 0;
  const visit = (p) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      for (const child of fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) visit(child);
    } catch {}
  };
  visit(pid);
  return total;
}
