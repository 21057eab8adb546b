/**
 * A URL or path as a trace may show it: no query string (history searches, filters, return paths),
 * and no secret or identifying path segment. Exit-interview, "Ask my CV" and invitation links carry
 * their key in the path, and anyone who reads the trace backend must not be able to open them; ids
 * are dropped too, which also keeps one series per route.
 */
export function redactUrl(value: string): string {
  const withoutQuery = value.split(/[?#]/, 1)[0]!;
  const schemeEnd = withoutQuery.indexOf("://");
  const pathStart = schemeEnd < 0 ? 0 : withoutQuery.indexOf("/", schemeEnd + 3);
  if (pathStart < 0) return withoutQuery;
  const segments = withoutQuery.slice(pathStart).split("/");
  const redacted = segments.map((segment, i) => (keyedPrefixes.has(segments[i - 1] ?? "") || looksLikeId(segment) ? "[redacted]" : segment));
  return withoutQuery.slice(0, pathStart) + redacted.join("/");
}

/** Path segments whose next segment is a link's key. */
const keyedPrefixes = new Set(["exit", "ask", "invite"]);

/** Generated ids and tokens: long, and with digits, unlike the app's own path words. */
function looksLikeId(segment: string): boolean {
  if (segment.length < 16) return false;
  let digits = 0;
  for (const char of segment) {
    if (char >= "0" && char <= "9") digits++;
    else if (!/[A-Za-z_.~%-]/.test(char)) return false;
  }
  return digits > 0;
}

/** The span attributes that hold a request's URL or part of it, in the conventions Next and OpenTelemetry use. */
export const urlAttributes = ["http.target", "http.url", "url.full", "url.path", "url.query", "next.rsc", "http.route"] as const;
