import fs from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { expect, test } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { startInstance, type AppInstance } from "./support/app-instance";
import { corpusFile } from "./support/corpus";
import { base, call, registerAs, rememberSecret } from "./support/server-actions";
import { jobDescriptionInput } from "./support/job-description";

// The REST API from the outside: a key made on the account page, used by a script, limited, revoked;
// and every endpoint's real responses checked against the OpenAPI document the app publishes.

const limitedPort = Number(process.env.E2E_PORT ?? 3100) + 20;

test.describe("a key made in the account page", () => {
  let app: AppInstance;
  test.beforeAll(async () => {
    // An instance of its own, so a key's limit can be low enough to reach in a test.
    const dir = `.data/e2e-pglite-${limitedPort}`;
    fs.rmSync(dir, { recursive: true, force: true });
    app = await startInstance(limitedPort, { PGLITE_DIR: dir, DATABASE_URL: "", RATE_LIMIT_API_KEY_PER_MINUTE: "3", OFFLINE_TOKEN_DELAY_MS: "0" });
  });
  test.afterAll(async () => app?.kill());

  test("is shown once, works with fetch, is rate limited, and stops working when revoked", async ({ page }) => {
    const { cookie } = await registerAs("hire", { server: app.url });
    const [name, ...value] = cookie.split("=");
    await page.context().addCookies([{ name: name!, value: value.join("="), url: app.url, httpOnly: true, sameSite: "Lax" }]);
    await page.goto(`${app.url}/account`);
    const form = page.getByRole("form", { name: "Create an API key" });
    await form.getByLabel("Name").fill("ATS sync");
    await form.getByRole("checkbox", { name: /^documents/ }).check();
    await form.getByRole("checkbox", { name: /^history/ }).check();
    await form.getByRole("button", { name: "Create key" }).click();
    const shown = page.getByTestId("new-api-key");
    await expect(shown).toHaveText(/^hrk_[0-9a-f]{10}_/);
    const key = (await shown.textContent())!;
    rememberSecret(key);
    const prefix = key.split("_")[1]!;
    await page.reload();
    await expect(page.getByTestId("new-api-key")).toHaveCount(0);
    const row = page.getByTestId("api-key-row").filter({ hasText: "ATS sync" });
    await expect(row).toContainText(`hrk_${prefix}_…`);
    await expect(row).toContainText("never used");
    expect(await page.content()).not.toContain(key);

    const auth = { authorization: `Bearer ${key}` };
    const body = JSON.stringify({ tool: "job-description", input: jobDescriptionInput("API Welder"), modelId: "offline:draft" });
    const written = await fetch(`${app.url}/api/v1/documents`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body });
    expect(written.status).toBe(201);
    const document = (await written.json()) as { id: string; status: string; output: string };
    expect(document.status).toBe("COMPLETE");
    expect(document.output).toContain("API Welder");

    const streamed = await fetch(`${app.url}/api/v1/documents`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json", accept: "text/event-stream" },
      body,
    });
    expect(streamed.headers.get("content-type")).toContain("text/event-stream");
    const events = await streamed.text();
    expect(events).toContain("event: start");
    expect(events).toContain("event: text");
    expect(events).toContain('event: done\ndata: {"type":"done","status":"COMPLETE"');

    const listed = (await (await fetch(`${app.url}/api/v1/history`, { headers: auth })).json()) as { items: { id: string }[] };
    expect(listed.items.map((i) => i.id)).toContain(document.id);

    const limited = await fetch(`${app.url}/api/v1/history`, { headers: auth });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({
      error: { code: "rate_limit:api", message: expect.stringContaining("Try again"), requestId: expect.any(String) },
    });

    await page.reload();
    await expect(row).toContainText("3 requests");
    await expect(row).toContainText("last used");
    await row.getByRole("button", { name: "Revoke the key ATS sync" }).click();
    await expect(row).toContainText("revoked");
    const refused = await fetch(`${app.url}/api/v1/history`, { headers: auth });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: "unauthorized:api" } });
  });
});

type Spec = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>> };

test("every endpoint answers as the OpenAPI document says", async ({ page }) => {
  const published = await (await fetch(`${base}/api/v1/openapi.json`)).json();
  const validator = new Validator();
  const checked = await validator.validate(published);
  expect(checked.errors ?? []).toEqual([]);
  const spec = validator.resolveRefs() as Spec;
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  const seen = new Set<string>();

  /** Checks a real response against the document's schema for its path, method and status. */
  async function conforms(response: Response, path: string, method: string) {
    const status = String(response.status);
    const content = spec.paths[path]?.[method]?.responses[status]?.content;
    expect(content, `${method.toUpperCase()} ${path} ${status} is documented`).toBeTruthy();
    const body = await response.json();
    const validate = ajv.compile(content!["application/json"]!.schema);
    expect(validate(body) ? [] : validate.errors, `${method.toUpperCase()} ${path} ${status}`).toEqual([]);
    seen.add(`${method} ${path}`);
    return body;
  }

  const { cookie } = await registerAs("hire");
  const made = await call(
    "app/(app)/account/api/actions.ts#createApiKey",
    { name: "contract", scopes: ["documents", "history", "cvs", "fit", "chat"] },
    cookie,
  );
  const key = (made.data as { key: string }).key;
  rememberSecret(key);
  const auth = { authorization: `Bearer ${key}` };
  const json = { ...auth, "content-type": "application/json" };

  const document = await conforms(
    await fetch(`${base}/api/v1/documents`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ tool: "job-description", input: jobDescriptionInput("Contract Nurse"), modelId: "offline:draft" }),
    }),
    "/api/v1/documents",
    "post",
  );
  await conforms(
    await fetch(`${base}/api/v1/documents`, { method: "POST", headers: json, body: JSON.stringify({ tool: "no-such-tool" }) }),
    "/api/v1/documents",
    "post",
  );
  await conforms(await fetch(`${base}/api/v1/history?limit=5`, { headers: auth }), "/api/v1/history", "get");
  await conforms(await fetch(`${base}/api/v1/history/${document.id}`, { headers: auth }), "/api/v1/history/{id}", "get");
  await conforms(await fetch(`${base}/api/v1/history/cabcdefghijklmnopqrstuvwxy`, { headers: auth }), "/api/v1/history/{id}", "get");

  const form = new FormData();
  form.set("file", new Blob([fs.readFileSync(corpusFile("resumes/jane-smith_minimal.docx"))]), "jane.docx");
  const cv = await conforms(await fetch(`${base}/api/v1/cvs`, { method: "POST", headers: auth, body: form }), "/api/v1/cvs", "post");
  await conforms(await fetch(`${base}/api/v1/cvs/${cv.id}`, { headers: auth }), "/api/v1/cvs/{id}", "get");

  const postingText = fs.readFileSync(corpusFile("jobs/data-analyst_revenue-reporting.txt"), "utf8");
  const posting = await conforms(
    await fetch(`${base}/api/v1/postings`, { method: "POST", headers: json, body: JSON.stringify({ text: postingText }) }),
    "/api/v1/postings",
    "post",
  );
  await conforms(
    await fetch(`${base}/api/v1/postings`, { method: "POST", headers: json, body: JSON.stringify({ text: "too short" }) }),
    "/api/v1/postings",
    "post",
  );
  const fit = await conforms(
    await fetch(`${base}/api/v1/fit`, { method: "POST", headers: json, body: JSON.stringify({ cvId: cv.id, postingId: posting.id }) }),
    "/api/v1/fit",
    "post",
  );
  const application = await conforms(await fetch(`${base}/api/v1/applications/${fit.applicationId}`, { headers: auth }), "/api/v1/applications/{id}", "get");
  expect(application.tailoredCv.length).toBeGreaterThan(0);

  const answer = await conforms(
    await fetch(`${base}/api/v1/chat`, { method: "POST", headers: json, body: JSON.stringify({ cvId: cv.id, question: "Where did this person study?" }) }),
    "/api/v1/chat",
    "post",
  );
  expect(answer.status).toBe("COMPLETE");
  await conforms(await fetch(`${base}/api/v1/history/${document.id}`, { method: "DELETE", headers: auth }), "/api/v1/history/{id}", "delete");
  await conforms(await fetch(`${base}/api/v1/history`, { headers: { authorization: "Bearer not-a-key" } }), "/api/v1/history", "get");

  const documented = Object.entries(spec.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`));
  expect([...seen].sort()).toEqual(documented.sort());

  // The reference page draws the same document under the app's Content Security Policy.
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const [name, ...value] = cookie.split("=");
  await page.context().addCookies([{ name: name!, value: value.join("="), url: base, httpOnly: true, sameSite: "Lax" }]);
  await page.goto("/account");
  await page.getByRole("link", { name: "API reference" }).click();
  await expect(page.getByTestId("api-reference").getByText("Write a document with an HR tool").first()).toBeVisible();
  expect(errors.filter((e) => e.includes("Content Security Policy"))).toEqual([]);
});
