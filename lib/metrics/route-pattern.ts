/**
 * The route a request matched, as its file path says it (`/api/chat/[id]/stream`), from the URL and
 * the params Next resolved: a metric label must not hold ids or tokens, which would make one series
 * per document and put secrets in the metrics.
 */
export function routePatternOf(url: string, params: Record<string, string | string[] | undefined> | undefined): string {
  let segments = new URL(url).pathname.split("/").map(safeDecode);
  // A route without dynamic segments gets no params at all.
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === "string") segments = segments.map((segment) => (segment === value ? `[${name}]` : segment));
    // A catch-all's segments end the path.
    else if (Array.isArray(value) && value.length && segments.slice(-value.length).join("/") === value.join("/")) {
      segments = [...segments.slice(0, -value.length), `[...${name}]`];
    }
  }
  return segments.join("/");
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
