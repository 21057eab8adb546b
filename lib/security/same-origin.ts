/**
 * Whether a state-changing request may come from the page that sent it, as Next already checks for
 * server actions. Browsers send Origin (and Sec-Fetch-Site) with every cross-site POST, so a request
 * another site's page made is refused. A request with neither header comes from no browser, and so
 * carries no victim's cookies into a forgery: it is let through, like Next's own check.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return false;
  const origin = headers.get("origin");
  if (origin === null) return true;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false; // "null" (a sandboxed or file page) or garbage
  }
}
