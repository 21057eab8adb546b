import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { stubUrl } from "../playwright.config";
import { startInstance } from "./support/app-instance";
import { documentArticle, fillJobDescription, newBrief, statusLine } from "./support/job-description";
import { registerAs } from "./support/server-actions";

type Attribute = { key: string; value: Record<string, unknown> };
type Span = { traceId: string; spanId: string; parentSpanId?: string; name: string; attributes?: Attribute[] };
type ExportRequest = { resourceSpans?: { scopeSpans?: { spans?: Span[] }[] }[] };

/** An OTLP/HTTP (JSON) collector that keeps every span it is sent. */
async function startCollector() {
  const spans: Span[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      if (request.url === "/v1/traces") {
        const batch = JSON.parse(body) as ExportRequest;
        for (const resource of batch.resourceSpans ?? []) for (const scope of resource.scopeSpans ?? []) spans.push(...(scope.spans ?? []));
      }
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { spans, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

const attributeText = (span: Span) => JSON.stringify(span.attributes ?? []);

test("one generation's trace reaches an OTLP collector: the request, the model call and the database queries, without the brief or the document", async ({
  browser,
}) => {
  const collector = await startCollector();
  const port = 3106;
  const dir = `.data/e2e-pglite-${port}`;
  fs.rmSync(path.resolve(dir), { recursive: true, force: true });
  const app = await startInstance(port, {
    PGLITE_DIR: dir,
    DATABASE_URL: "",
    OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
    OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
    OTEL_BSP_SCHEDULE_DELAY: "200",
  });
  try {
    const hr = await registerAs("hire", { server: app.url });
    const context = await browser.newContext({ baseURL: app.url });
    const [name, ...value] = hr.cookie.split("=");
    await context.addCookies([{ name: name!, value: value.join("="), url: app.url }]);
    const page = await context.newPage();
    await page.request.post(`${stubUrl}/__stub/reset`);
    const written = "A traced posting for a data engineer.";
    await page.request.post(`${stubUrl}/__stub/queue`, { data: [{ reply: written }] });

    const brief = newBrief();
    await fillJobDescription(page, brief, /Groq/);
    await page.getByRole("button", { name: "Generate" }).click();
    await expect(statusLine(page)).toHaveText(/Written by .*Saved to history\./);
    await expect(documentArticle(page)).toContainText(written);

    // The model call's span, and the trace it belongs to. On failure, the spans that did arrive are named.
    // The AI SDK names a model call's span after the OpenTelemetry GenAI conventions: "chat <model>".
    const isModelSpan = (s: Span) => s.name.startsWith("chat ") && attributeText(s).includes("llama");
    const spanNames = () => [...new Set(collector.spans.map((s) => s.name))].join(", ");
    await expect.poll(() => collector.spans.some(isModelSpan) || `no model span among: ${spanNames()}`, { timeout: 20_000 }).toBe(true);
    const modelSpan = collector.spans.find(isModelSpan)!;
    const trace = () => collector.spans.filter((s) => s.traceId === modelSpan.traceId);
    // The same trace holds the server action's request and the document's database writes.
    await expect.poll(() => trace().some((s) => s.name.startsWith("prisma:")), { timeout: 20_000 }).toBe(true);
    const names = trace().map((s) => s.name);
    expect(
      names.some((n) => n.startsWith("POST /tools/")),
      `a request span among ${names.join(", ")}`,
    ).toBe(true);
    // The model span hangs under the request, not in a trace of its own.
    expect(modelSpan.parentSpanId).toBeTruthy();

    // A search in a URL is not kept either.
    await page.goto(`/history?q=${encodeURIComponent(brief.title)}`);
    await expect.poll(() => collector.spans.some((s) => attributeText(s).includes('"/history"')), { timeout: 20_000 }).toBe(true);

    // Prompts, outputs and searches are left out of every span.
    const everything = collector.spans.map(attributeText).join("\n");
    expect(everything).not.toContain(brief.responsibility);
    expect(everything).not.toContain(written);
    expect(everything).not.toContain(brief.title);
    await context.close();
  } finally {
    await app.kill();
    collector.close();
  }
});
