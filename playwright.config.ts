import { defineConfig } from "@playwright/test";

// The app runs as in production (`next start` after `next build`) against the stub LLM server. The
// database is a fresh embedded PGlite, or the Postgres in E2E_DATABASE_URL.
const port = Number(process.env.E2E_PORT ?? 3100);
const stubPort = Number(process.env.E2E_STUB_PORT ?? 11998);
export const stubUrl = `http://127.0.0.1:${stubPort}`;
/** A second app, from the same build, with no AI provider configured: only the offline engine. */
export const offlineOnlyPort = port + 1;
export const e2eSecrets = {
  authSecret: "e2e-secret-not-used-anywhere-else-0123456789",
  groqKey: "e2e-groq-key",
  githubSecret: "e2e-github-secret-5c9d1e",
  metricsToken: "e2e-metrics-token-8f41c2d07b",
};

/**
 * `next start` of the build on `appPort`, with a fresh embedded database and its own log in
 * `.data/e2e-server-<port>.log`, which is scanned afterwards for secrets (scripts/scan-logs.mjs).
 */
function appServer(appPort: number, env: Record<string, string>) {
  return {
    command: `rm -rf .data/e2e-pglite-${appPort} && mkdir -p .data && node_modules/.bin/next start -p ${appPort} 2>&1 | tee .data/e2e-server-${appPort}.log`,
    url: `http://127.0.0.1:${appPort}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe" as const,
    env: {
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PGLITE_DIR: `.data/e2e-pglite-${appPort}`,
      AUTH_SECRET: e2eSecrets.authSecret,
      AUTH_URL: `http://127.0.0.1:${appPort}`,
      LLM_CHAIN: "groq,ollama,offline",
      LOG_LEVEL: "warn",
      METRICS_TOKEN: e2eSecrets.metricsToken,
      ...env,
    },
  };
}

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
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: [
    {
      command: `node scripts/stub-llm.mjs --port ${stubPort} --token-delay-ms 15`,
      url: `${stubUrl}/api/tags`,
      reuseExistingServer: false,
    },
    appServer(port, {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      GROQ_API_KEY: e2eSecrets.groqKey,
      // GitHub sign-in shows and starts; the tests stop at GitHub's door (no network here).
      AUTH_GITHUB_ID: "e2e-github-client",
      AUTH_GITHUB_SECRET: e2eSecrets.githubSecret,
      // The tests register many accounts from one address.
      RATE_LIMIT_REGISTRATIONS_PER_HOUR: "10000",
      // As behind one reverse proxy: the browser sends no X-Forwarded-For, and Next fills in the
      // socket's address, which is what nginx would append.
      TRUSTED_PROXY_HOPS: "1",
      GROQ_BASE_URL: `${stubUrl}/openai/v1`,
      OLLAMA_BASE_URL: stubUrl,
      LLM_MAX_RETRIES: "1",
      LLM_IDLE_TIMEOUT_MS: "3000",
      OFFLINE_TOKEN_DELAY_MS: "12",
    }),
    appServer(offlineOnlyPort, { GROQ_API_KEY: "", OLLAMA_BASE_URL: "", OFFLINE_TOKEN_DELAY_MS: "0" }),
  ],
});
