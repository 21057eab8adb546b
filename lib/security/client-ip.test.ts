import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/security/client-ip";

const headers = (forwardedFor?: string) => new Headers(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor });

describe("clientIpFrom", () => {
  it("takes the address the trusted proxy appended, not the one the client wrote on the left", () => {
    // The client forged a victim's address; nginx appended the real one.
    expect(clientIpFrom(headers("198.51.100.7, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientIpFrom(headers("203.0.113.9"), 1)).toBe("203.0.113.9");
  });

  it("counts hops from the right when several proxies are trusted", () => {
    // client forgery, real client (seen by the CDN), CDN (seen by the load balancer)
    expect(clientIpFrom(headers("198.51.100.7, 203.0.113.9, 10.0.0.5"), 2)).toBe("203.0.113.9");
    expect(clientIpFrom(headers("2001:db8::1, 10.0.0.5"), 2)).toBe("2001:db8::1");
  });

  it("knows no address without a trusted proxy, whatever the client sends", () => {
    expect(clientIpFrom(headers("203.0.113.9"), 0)).toBeNull();
    expect(clientIpFrom(headers(), 0)).toBeNull();
  });

  it("knows no address when the chain is shorter than the proxies said to be in front, or is not an address", () => {
    expect(clientIpFrom(headers("203.0.113.9"), 2)).toBeNull();
    expect(clientIpFrom(headers(), 1)).toBeNull();
    expect(clientIpFrom(headers("unknown"), 1)).toBeNull();
    expect(clientIpFrom(headers("198.51.100.7, "), 1)).toBeNull();
  });
});
