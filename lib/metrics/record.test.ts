import { beforeEach, describe, expect, it } from "vitest";
import { recordModelRun, recordRateLimited, recordRequest, recordUploadParse } from "@/lib/metrics/record";
import { appMetrics } from "@/lib/metrics/registry";

const globalForMetrics = globalThis as unknown as { hrMetrics?: unknown };

beforeEach(() => {
  delete globalForMetrics.hrMetrics;
});

async function series(): Promise<string[]> {
  return (await appMetrics().registry.metrics()).split("\n").filter((l) => l.startsWith("hr_") && !l.startsWith("hr_process") && !l.startsWith("hr_nodejs"));
}

describe("recording", () => {
  it("counts a finished document by task, model and status, with its timings, tokens and the providers that failed first", async () => {
    recordModelRun({
      kind: "document",
      task: "job-description",
      status: "COMPLETE",
      usage: { model: "ollama:llama3.2", inputTokens: 120, outputTokens: 300, ttftMs: 800, durationMs: 4_000 },
      attempts: [
        { modelId: "groq:llama-3.3-70b-versatile", outcome: "HTTP 500" },
        { modelId: "groq:llama-3.3-70b-versatile", outcome: "HTTP 503" },
        { modelId: "ollama:llama3.2", outcome: "answered" },
      ],
    });
    recordModelRun({
      kind: "chat",
      task: "resume-chat",
      status: "CANCELLED",
      usage: { model: "none", durationMs: 50 },
      attempts: [{ modelId: "groq:x", outcome: "skipped: provider failing recently" }],
    });
    const lines = await series();
    const labels = 'kind="document",task="job-description",model="ollama:llama3.2"';
    expect(lines).toContain(`hr_model_runs_total{${labels},status="complete"} 1`);
    expect(lines).toContain(`hr_model_tokens_total{${labels},direction="in"} 120`);
    expect(lines).toContain(`hr_model_tokens_total{${labels},direction="out"} 300`);
    expect(lines).toContain(`hr_model_time_to_first_token_seconds_bucket{le="1",${labels}} 1`);
    expect(lines).toContain(`hr_model_time_to_first_token_seconds_bucket{le="0.5",${labels}} 0`);
    expect(lines).toContain(`hr_model_run_duration_seconds_sum{${labels},status="complete"} 4`);
    expect(lines).toContain('hr_provider_errors_total{provider="groq"} 2');
    expect(lines).toContain('hr_model_runs_total{kind="chat",task="resume-chat",model="none",status="cancelled"} 1');
    // A skipped provider is not an error, and a run without a first token has no first-token time.
    expect(lines.filter((l) => l.startsWith("hr_provider_errors_total"))).toHaveLength(1);
    expect(lines.some((l) => l.startsWith('hr_model_time_to_first_token_seconds_count{kind="chat"'))).toBe(false);
  });

  it("counts requests, rate-limit rejections and parse outcomes under bounded labels", async () => {
    recordRequest("/api/chat/[id]/stream", "GET", 200, 0.2);
    recordRequest("/api/chat/[id]/stream", "GET", 200, 0.3);
    recordRateLimited("rate_limit:generation");
    recordUploadParse("cvFile", "ok");
    recordUploadParse("cvFile", "image_only");
    const lines = await series();
    expect(lines).toContain('hr_http_requests_total{route="/api/chat/[id]/stream",method="GET",status="200"} 2');
    expect(lines).toContain('hr_http_request_duration_seconds_bucket{le="0.25",route="/api/chat/[id]/stream",method="GET",status="200"} 1');
    expect(lines).toContain('hr_rate_limit_rejections_total{surface="generation"} 1');
    expect(lines).toContain('hr_upload_parses_total{task="cvFile",outcome="ok"} 1');
    expect(lines).toContain('hr_upload_parses_total{task="cvFile",outcome="image_only"} 1');
  });
});
