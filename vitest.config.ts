import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The real module throws outside the react-server condition; tests run server code directly.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    // Parse-pool tests start real worker threads from the bundled worker.
    globalSetup: ["scripts/build-workers.mjs"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
