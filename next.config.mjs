/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm and data files through `new URL(..., import.meta.url)`, which bundling breaks.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pino"],
  poweredByHeader: false,
  // Streamed documents are flushed every 25 ms; gzip on each flush was the largest CPU cost under
  // concurrent generations. Compress static assets at the reverse proxy instead (see README).
  compress: false,
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
