import { defineConfig } from "@playwright/test";

// The app runs as in production (`next start` after `next build`) against the stub LLM server. The
// database is a fresh embedded PGlite, or the Postgres in E2E_DATABASE_URL.
const port = Number(process.env.E2E_PORT ?? 3100);
const stubPort = Number(process.env.E2E_STUB_PORT ?? 11998);
export const stubUrl = `http://127.0.0.1:${stubPort}`;
const pgliteDir = `.data/e2e-pglite-${port}`;
/** The server's log of this run, scanned afterwards for secrets (scripts/scan-logs.mjs). */
export const serverLog = `.data/e2e-server-${port}.log`;
export const e2eSecrets = { authSecret: "e2e-secret-not-used-anywhere-else-0123456789", groqKey: "e2e-groq-key", githubSecret: "e2e-github-secret-5c9d1e" };

export default defineConfig({
  testDir: "e2e",
  timeout: 90_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    acceptDownloads: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: [
    {
      command: `node scripts/stub-llm.mjs --port ${stubPort} --token-delay-ms 15`,
      url: `${stubUrl}/api/tags`,
      reuseExistingServer: false,
    },
    {
      command: `rm -rf ${pgliteDir} && mkdir -p .data && node_modules/.bin/next start -p ${port} 2>&1 | tee ${serverLog}`,
      url: `http://127.0.0.1:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      env: {
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
        PGLITE_DIR: pgliteDir,
        AUTH_SECRET: e2eSecrets.authSecret,
        AUTH_URL: `http://127.0.0.1:${port}`,
        GROQ_API_KEY: e2eSecrets.groqKey,
        // GitHub sign-in shows and starts; the tests stop at GitHub's door (no network here).
        AUTH_GITHUB_ID: "e2e-github-client",
        AUTH_GITHUB_SECRET: e2eSecrets.githubSecret,
        // The tests register many accounts from one address.
        RATE_LIMIT_REGISTRATIONS_PER_HOUR: "10000",
        GROQ_BASE_URL: `${stubUrl}/openai/v1`,
        OLLAMA_BASE_URL: stubUrl,
        LLM_CHAIN: "groq,ollama,offline",
        LLM_MAX_RETRIES: "1",
        LLM_IDLE_TIMEOUT_MS: "3000",
        OFFLINE_TOKEN_DELAY_MS: "12",
        LOG_LEVEL: "warn",
      },
    },
  ],
});
