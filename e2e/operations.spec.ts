import { expect, test } from "@playwright/test";
import { e2eSecrets } from "../playwright.config";
import { signedInHr, signedInSeeker } from "./support/accounts";
import { base } from "./support/server-actions";
import { fillJobDescription, newBrief, statusLine } from "./support/job-description";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The metrics as Prometheus scrapes them: each series line's name and labels to its value. */
async function scrape(): Promise<Map<string, number>> {
  const response = await fetch(`${base}/api/metrics`, { headers: { authorization: `Bearer ${e2eSecrets.metricsToken}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  const series = new Map<string, number>();
  for (const line of (await response.text()).split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const space = line.lastIndexOf(" ");
    series.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return series;
}

const valueIn = (series: Map<string, number>, name: string) => series.get(name) ?? 0;

test("health reports what is ready without revealing addresses, and the metrics move when a document is written in the UI", async ({ page }) => {
  const live = await fetch(`${base}/api/health/live`);
  expect(live.status).toBe(200);
  expect(await live.json()).toEqual({ status: "ok" });

  const readyText = await (await fetch(`${base}/api/health/ready`)).text();
  expect(JSON.parse(readyText)).toEqual({
    status: "ready",
    database: "up",
    migrations: "applied",
    jobs: "running",
    providers: { groq: "up", ollama: "up", offline: "up" },
  });
  expect(readyText).not.toMatch(/127\.0\.0\.1|http|key/i);

  const summary = (await (await fetch(`${base}/api/health`)).json()) as { status: string; version: string };
  expect(summary.status).toBe("ok");
  expect(summary.version).toMatch(/^\d+\.\d+\.\d+/);

  const before = await scrape();
  // Set by the instrumentation hook at start: its registry is the one this route reads.
  expect(valueIn(before, `hr_app_info{version="${summary.version}"}`)).toBe(1);

  await signedInHr(page);
  await fillJobDescription(page, newBrief(), /Offline draft/);
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(statusLine(page)).toHaveText(/Saved to history/);

  const after = await scrape();
  const run = 'kind="document",task="job-description",model="offline:draft"';
  const moved = (name: string) => valueIn(after, name) - valueIn(before, name);
  expect(moved(`hr_model_runs_total{${run},status="complete"}`)).toBe(1);
  expect(moved(`hr_model_time_to_first_token_seconds_count{${run}}`)).toBe(1);
  expect(moved(`hr_model_run_duration_seconds_count{${run},status="complete"}`)).toBe(1);
  expect(moved('hr_http_requests_total{route="action:generateDocument",method="POST",status="200"}')).toBe(1);
  expect(moved('hr_http_request_duration_seconds_count{route="action:generateDocument",method="POST",status="200"}')).toBe(1);
  // Scraping is a route call like any other, counted under its pattern.
  expect(moved('hr_http_requests_total{route="/api/metrics",method="GET",status="200"}')).toBe(1);
  for (const provider of ["groq", "ollama", "offline"]) expect(after.get(`hr_provider_breaker_state{provider="${provider}"}`)).toBe(0);
});

test("every response carries a request id, and an error the UI shows quotes it", async ({ page }) => {
  // An incoming id is kept when it is safe, replaced when not; pages and API routes alike.
  const kept = await fetch(`${base}/api/health/live`, { headers: { "x-request-id": "lb-e2e-00000042" } });
  expect(kept.headers.get("x-request-id")).toBe("lb-e2e-00000042");
  const replaced = await fetch(`${base}/login`, { headers: { "x-request-id": "<not an id>" } });
  expect(replaced.headers.get("x-request-id")).toMatch(uuid);
  // Only pages get a Content-Security-Policy from the proxy.
  expect(replaced.headers.get("content-security-policy")).toContain("nonce-");
  expect(kept.headers.get("content-security-policy")).toBeNull();

  // A route's error (an upload that is not really a PDF) shows the id of the request that failed.
  await signedInSeeker(page);
  await page.goto("/copilot");
  const upload = page.waitForResponse((r) => r.url().endsWith("/api/cvs") && r.request().method() === "POST");
  await page.getByLabel("CV file").setInputFiles({ name: "broken.pdf", mimeType: "application/pdf", buffer: Buffer.from("this is not a PDF at all") });
  const uploadId = (await upload).headers()["x-request-id"];
  expect(uploadId).toMatch(uuid);
  await expect(page.getByText(`(Reference: ${uploadId})`)).toBeVisible();

  // A server action's error too: a wrong current password on the account page.
  await page.goto("/account");
  const passwordForm = page.getByRole("form", { name: "Change password" });
  await passwordForm.getByLabel("Current password").fill("not-my-password-1");
  await passwordForm.getByLabel("New password").fill("a-new-password-7");
  const action = page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined);
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  const actionId = (await action).headers()["x-request-id"];
  expect(actionId).toMatch(uuid);
  await expect(page.getByText(`Your current password is not correct. (Reference: ${actionId})`)).toBeVisible();
});
