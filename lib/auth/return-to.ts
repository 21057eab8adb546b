// Any origin would do: only whether a path stays on it matters. `.invalid` can never resolve.
const probeOrigin = "https://app.invalid";

/**
 * `raw` as a path on this app, or undefined when a browser could end up anywhere else with it.
 *
 * The path is resolved as a browser resolves a Location header, then checked: browsers drop tabs and
 * newlines, read "\" as "/", and take "//host" (also after dot segments, as in "/.//host") as another
 * site. Encoded slashes are refused too, since a later decode would turn them into the same thing.
 */
export function sameOriginPath(raw: string): string | undefined {
  if (!raw.startsWith("/")) return undefined;
  for (const char of raw) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f || char === "\\") return undefined;
  }
  let url: URL;
  try {
    url = new URL(raw, probeOrigin);
  } catch {
    return undefined;
  }
  if (url.origin !== probeOrigin) return undefined;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith("//")) return undefined;
  const lower = path.toLowerCase();
  if (lower.includes("%2f") || lower.includes("%5c")) return undefined;
  return path;
}
