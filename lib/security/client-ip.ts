/** The caller's address as the proxy in front of the app reports it; "unknown" when there is none. */
export function clientIpFrom(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
