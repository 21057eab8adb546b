import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { stubUrl } from "../playwright.config";
import { startInstance, type AppInstance } from "./support/app-instance";
import { documentArticle, signInCookie, sixtyWords, startSlowDocument } from "./support/documents";
import { base, registerAs } from "./support/server-actions";

// Instances of their own, on ports past the main app's, sharing the Postgres of the Postgres run.
const port = Number(process.env.E2E_PORT ?? 3100) + 11;
const databaseUrl = process.env.E2E_DATABASE_URL ?? "";

test.beforeEach(() => test.skip(!databaseUrl, "needs the shared Postgres of the Postgres run"));

// Every instance a test starts is stopped after it, whatever happened (stopping one already stopped changes nothing).
const running: AppInstance[] = [];
test.afterEach(async () => {
  await Promise.all(running.splice(0).map((instance) => instance.kill()));
});

async function instance(on: number, env: Record<string, string>) {
  const started = await startInstance(on, env);
  running.push(started);
  return started;
}

test("two instances on one Postgres: a reload on the second resumes a document the first writes, and a Stop sent to the second stops it", async ({
  page,
  context,
}) => {
  const second = await instance(port, { DATABASE_URL: databaseUrl });
  const hr = await registerAs("hire");
  await signInCookie(context, hr.cookie);
  await page.request.post(`${stubUrl}/__stub/reset`);

  const id = await startSlowDocument(page, { title: "Hydrologist", reply: `Followed: ${sixtyWords} the-final-word.` });
  const elsewhere = await context.newPage();
  await elsewhere.goto(`${second.url}/tools/job-description?document=${id}`);
  await expect(elsewhere.getByRole("status").filter({ hasText: "Writing with Groq" })).toBeVisible();
  await expect(documentArticle(elsewhere)).not.toContainText("the-final-word");
  await elsewhere.reload();
  await expect(documentArticle(elsewhere)).toContainText("word60 the-final-word.", { timeout: 30_000 });
  await expect(elsewhere.getByRole("status").filter({ hasText: "Saved to history." })).toBeVisible();

  const stopped = await startSlowDocument(page, { title: "Geologist", reply: `Stopped elsewhere: ${sixtyWords} never-reached.` });
  await elsewhere.goto(`${second.url}/history/${stopped}`);
  await expect(elsewhere.getByRole("article", { name: "Generated document" })).toContainText("Stopped elsewhere: word1");
  await elsewhere.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Stopped. The partial text is saved in history." })).toBeVisible();
  await expect(documentArticle(page)).not.toContainText("never-reached");
});

test("SIGTERM: a document being written finishes within the grace while new work is refused, and the server then exits", async ({ page, context }) => {
  const app = await instance(port + 1, { DATABASE_URL: databaseUrl, SHUTDOWN_GRACE_MS: "60000" });
  const hr = await registerAs("hire");
  await signInCookie(context, hr.cookie);
  await page.request.post(`${stubUrl}/__stub/reset`);
  const newcomer = await context.newPage();
  await newcomer.goto(`${app.url}/tools/job-description`);

  const id = await startSlowDocument(page, { server: app.url, title: "Surveyor", reply: `Finished in the grace: ${sixtyWords} the-final-word.` });
  const exited = app.kill("SIGTERM");
  // While it drains, the server still answers, and says why it takes no new document; the inputs stay.
  await newcomer.getByLabel("Job title").fill("Cartographer");
  await newcomer.getByLabel("Company name").fill("Rivers & Co");
  await newcomer.getByLabel("Location").fill("Kraków, Poland");
  await newcomer.getByRole("button", { name: "Generate" }).click();
  await expect(newcomer.getByText("The server is restarting. Try again in a moment; your inputs are kept.")).toBeVisible();
  await expect(newcomer.getByLabel("Job title")).toHaveValue("Cartographer");

  await expect(documentArticle(page)).toContainText("word60 the-final-word.", { timeout: 30_000 });
  await expect(page.getByRole("status").filter({ hasText: "Saved to history." })).toBeVisible();
  await exited;
  await page.goto(`${base}/history/${id}`);
  await expect(page.getByText("Complete", { exact: true })).toBeVisible();
});

test("SIGTERM: a document still being written when the grace runs out is saved as interrupted with its partial text", async ({ page, context }) => {
  const app = await instance(port + 2, { DATABASE_URL: databaseUrl, SHUTDOWN_GRACE_MS: "1500" });
  const hr = await registerAs("hire");
  await signInCookie(context, hr.cookie);
  await page.request.post(`${stubUrl}/__stub/reset`);

  const id = await startSlowDocument(page, { server: app.url, title: "Botanist", reply: `Cut by the grace: ${sixtyWords} never-reached.` });
  await app.kill("SIGTERM");
  await expect(page.getByRole("status").filter({ hasText: "The server stopped while this was being written." })).toBeVisible();
  const shown = await documentArticle(page).innerText();
  expect(shown).toContain("Cut by the grace: word1 word2");
  expect(shown).not.toContain("never-reached");

  // Another instance shows it as saved: interrupted, with the text the browser had.
  await page.goto(`${base}/history/${id}`);
  await expect(page.getByText("Interrupted", { exact: true })).toBeVisible();
  expect(await page.getByRole("article", { name: "Generated document" }).innerText()).toBe(shown);
});

test("two instances starting together on a new database apply each migration once", async () => {
  const name = `hr_e2e_migrate_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = databaseUrl.replace(/\/[^/]*$/, `/${name}`);
  try {
    const instances = await Promise.all([instance(port + 3, { DATABASE_URL: url }), instance(port + 4, { DATABASE_URL: url })]);
    const fresh = new pg.Client({ connectionString: url });
    await fresh.connect();
    const { rows } = await fresh.query<{ migration_name: string; times: number; finished: boolean }>(
      `SELECT migration_name, count(*)::int AS times, bool_and(finished_at IS NOT NULL) AS finished FROM "_prisma_migrations" GROUP BY migration_name ORDER BY migration_name`,
    );
    await fresh.end();
    const migrations = fs
      .readdirSync(path.resolve(import.meta.dirname, "../prisma/migrations"), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(rows).toEqual(migrations.map((migration_name) => ({ migration_name, times: 1, finished: true })));
    // Both serve requests from the one schema.
    for (const instance of instances) expect((await fetch(`${instance.url}/api/health`)).status).toBe(200);
  } finally {
    await Promise.all(running.splice(0).map((started) => started.kill()));
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
});
