import { isIP } from "node:net";
import { getEnv } from "@/lib/env";

/**
 * The caller's address, or null when the app cannot know it.
 *
 * Proxies append the address they saw to the right of X-Forwarded-For, and anything to its left came
 * from the client, who can write what it likes there. So the address is the entry the outermost of
 * `trustedProxyHops` trusted proxies added, counted from the right. With no trusted proxy (0), the
 * header cannot be told apart from a forgery: the address is unknown, and limits per address are
 * skipped rather than pooled into one bucket that anyone could fill for everybody.
 */
export function clientIpFrom(headers: Headers, trustedProxyHops: number): string | null {
  if (trustedProxyHops < 1) return null;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim());
  const address = hops.length >= trustedProxyHops ? hops[hops.length - trustedProxyHops] : undefined;
  return address && isIP(address) ? address : null;
}

/** The caller's address behind the proxies configured in TRUSTED_PROXY_HOPS, or null when unknown. */
export function clientAddressOf(headers: Headers): string | null {
  return clientIpFrom(headers, getEnv().TRUSTED_PROXY_HOPS);
}
