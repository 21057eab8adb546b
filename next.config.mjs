// Security headers for every response; the Content-Security-Policy of pages comes from proxy.ts.
const staticHeaders = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [{ source: "/:path*", headers: staticHeaders }];
  },
  // PGlite loads its wasm and data files through `new URL(..., import.meta.url)`, which bundling breaks.
  // piscina starts its worker threads from a script beside its own code. pg-boss is a server-side
  // queue with its own database client, nothing a bundle needs to see inside.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pino", "piscina", "pg-boss"],
  poweredByHeader: false,
  // The dev server prints every server action call with its arguments, passwords included.
  logging: { serverFunctions: false },
  // Opening the dev server as 127.0.0.1 is common; Next would block its dev resources cross-origin
  // and leave the page unhydrated.
  allowedDevOrigins: ["127.0.0.1"],
  // `compress` is left on (the default): pages, scripts and styles go gzipped straight from
  // `next start`, with no proxy in front. Gzip on each 25 ms flush of a stream was the largest CPU
  // cost under concurrent generations, so streaming route handlers opt out with
  // `Cache-Control: no-transform`, which Next's compression skips (lib/http/stream-headers.ts).
  // A server action's response cannot carry that mark: Next sets its Cache-Control itself.
  experimental: {
    serverActions: { bodySizeLimit: "1mb" },
  },
  turbopack: {
    rules: {
      "*.css": { loaders: ["@tailwindcss/turbopack"], as: "*.css" },
    },
  },
};

export default nextConfig;
