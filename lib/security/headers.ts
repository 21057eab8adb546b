/**
 * The Content Security Policy for one page view. Scripts run only from this origin or with this
 * request's nonce; WebAssembly may compile (the PDF writer's layout engine is wasm), JavaScript
 * eval may not; nothing may frame the app. Styles allow inline attributes, which React and Next
 * use for layout; stylesheets still come only from this origin.
 */
export function contentSecurityPolicy({ nonce, dev, https }: { nonce: string; dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'wasm-unsafe-eval'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    // The PDF writer loads its wasm from a data: URL.
    "connect-src 'self' data:",
    // The CV preview renders PDFs with pdf.js, which parses them in a worker served by the app.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
