// Bundles the parse worker's entry (lib/files/parse-worker.ts and the modules it imports) into
// .workers/parse-worker.mjs. Next bundles server code, so the worker's TypeScript source does not
// exist as a file at run time; this bundle does, and the pool starts it from the project directory.
// Packages stay external and load from node_modules (unpdf brings its own pdf.js and must stay whole).
// Runs from postinstall, predev, prebuild and as vitest's global setup.
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const root = path.resolve(import.meta.dirname, "..");

export async function buildWorkers() {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: { "parse-worker": "lib/files/parse-worker.ts" },
    outdir: ".workers",
    outExtension: { ".js": ".mjs" },
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: "tsconfig.json",
    banner: { js: "// Built by scripts/build-workers.mjs from lib/files/parse-worker.ts. Do not edit." },
    logLevel: "warning",
  });
}

/** vitest's globalSetup: tests start real workers from the bundle. */
export default buildWorkers;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildWorkers();
