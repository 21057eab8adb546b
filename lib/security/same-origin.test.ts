import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "@/lib/security/same-origin";

const request = (headers: Record<string, string>) => isSameOriginRequest(new Headers({ host: "hr.example.com", ...headers }));

describe("isSameOriginRequest", () => {
  it("lets the app's own pages through", () => {
    expect(request({ origin: "https://hr.example.com", "sec-fetch-site": "same-origin" })).toBe(true);
    expect(request({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" })).toBe(true);
    // Behind a proxy, the host the browser used is the forwarded one.
    expect(request({ origin: "https://hr.example.com", host: "app:3000", "x-forwarded-host": "hr.example.com" })).toBe(true);
  });

  it("refuses a page of another site, however it is spelled", () => {
    expect(request({ origin: "https://evil.example" })).toBe(false);
    expect(request({ origin: "https://hr.example.com.evil.example" })).toBe(false);
    expect(request({ origin: "https://hr.example.com:8443" })).toBe(false);
    expect(request({ origin: "null" })).toBe(false);
    expect(request({ origin: "https://hr.example.com", "sec-fetch-site": "cross-site" })).toBe(false);
    expect(request({ "sec-fetch-site": "same-site" })).toBe(false);
  });

  it("lets through callers that are not browsers, which carry no one else's cookies", () => {
    expect(request({})).toBe(true);
  });
});
