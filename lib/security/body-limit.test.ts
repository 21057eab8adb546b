import { describe, expect, it } from "vitest";
import { readBodyWithin, withBodyLimit } from "@/lib/security/body-limit";

const echo = withBodyLimit(
  async (request: Request) => new Response(await request.text()),
  10,
  (url, init) => new Request(url, init),
);

function chunked(parts: string[]): Request {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
      controller.close();
    },
  });
  return new Request("http://app.test/x", { method: "POST", body: stream, duplex: "half" } as RequestInit);
}

describe("request body limits", () => {
  it("passes a body within the limit through unchanged", async () => {
    const response = await echo(new Request("http://app.test/x", { method: "POST", body: "0123456789" }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("0123456789");
  });

  it("answers 413 with a JSON error for a declared or streamed body over the limit", async () => {
    const declared = await echo(new Request("http://app.test/x", { method: "POST", body: "01234567890" }));
    expect(declared.status).toBe(413);
    expect((await declared.json()).error.code).toBe("too_large:input");
    const streamed = await echo(chunked(["012345", "67890"]));
    expect(streamed.status).toBe(413);
  });

  it("stops reading a chunked body as soon as it passes the limit", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(4));
      },
    });
    const request = new Request("http://app.test/x", { method: "POST", body: endless, duplex: "half" } as RequestInit);
    await expect(readBodyWithin(request, 10)).rejects.toMatchObject({ code: "too_large:input" });
    expect(pulled).toBeLessThan(10);
  });
});
