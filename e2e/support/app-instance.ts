import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { e2eSecrets, stubUrl } from "../../playwright.config";

const root = path.resolve(import.meta.dirname, "../..");

export type AppInstance = { url: string; kill: (signal?: NodeJS.Signals) => Promise<void> };

/**
 * Another `next start` of the same build, for tests that need an instance of their own: one to crash,
 * or a second one on the same Postgres. Its log goes where the secret scan reads the others'.
 */
export async function startInstance(port: number, env: Record<string, string>): Promise<AppInstance> {
  const log = fs.openSync(path.join(root, `.data/e2e-server-${port}.log`), "a");
  const child: ChildProcess = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: root,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: e2eSecrets.authSecret,
      AUTH_URL: `http://127.0.0.1:${port}`,
      GROQ_API_KEY: e2eSecrets.groqKey,
      GROQ_BASE_URL: `${stubUrl}/openai/v1`,
      OLLAMA_BASE_URL: stubUrl,
      LLM_CHAIN: "groq,ollama,offline",
      LLM_MAX_RETRIES: "1",
      LOG_LEVEL: "warn",
      RATE_LIMIT_REGISTRATIONS_PER_HOUR: "10000",
      TRUSTED_PROXY_HOPS: "1",
      ...env,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let closed = false;
  // Stops the instance and waits for it to exit; calling it again (a test's `finally`) changes nothing.
  const kill = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (closed) return;
    closed = true;
    child.kill(signal);
    await exited;
    fs.closeSync(log);
  };
  for (let tries = 0; ; tries++) {
    const up = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (tries > 600 || child.exitCode !== null) {
      await kill("SIGKILL");
      throw new Error(`the app on port ${port} did not start; see .data/e2e-server-${port}.log`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, kill };
}
