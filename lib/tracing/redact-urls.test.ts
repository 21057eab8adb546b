import { describe, expect, it } from "vitest";
import { redactUrl } from "@/lib/tracing/redact-urls";

describe("URLs in traces", () => {
  it("hides the key of exit-interview, Ask my CV and invitation links", () => {
    expect(redactUrl("/exit/Qm9vdGlmdWwtdG9rZW4")).toBe("/exit/[redacted]");
    expect(redactUrl("/api/ask/abc/stream")).toBe("/api/ask/[redacted]/stream");
    expect(redactUrl("http://app.example:3000/invite/short")).toBe("http://app.example:3000/invite/[redacted]");
  });

  it("drops the query string and the fragment", () => {
    expect(redactUrl("/history?q=salary+review&page=2")).toBe("/history");
    expect(redactUrl("https://app.example/login?returnTo=%2Fhistory#top")).toBe("https://app.example/login");
  });

  it("hides generated ids but keeps the app's own path words", () => {
    expect(redactUrl("/history/cmi3k2l0x0001qz8y7v6u5t4s")).toBe("/history/[redacted]");
    expect(redactUrl("/tools/performance-review")).toBe("/tools/performance-review");
    expect(redactUrl("/api/chat/cmi3k2l0x0001qz8y7v6u5t4s/stream")).toBe("/api/chat/[redacted]/stream");
  });

  it("leaves a URL with no path as it is", () => {
    expect(redactUrl("http://127.0.0.1:11434")).toBe("http://127.0.0.1:11434");
  });
});
