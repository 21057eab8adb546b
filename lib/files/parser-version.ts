import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

let cached: string | undefined;

/**
 * The version of everything that reads files and text: the bundled parse worker (all of the app's
 * extraction and parsing code) and the lockfile (the versions of pdf.js, mammoth and the rest). Any
 * change to either gives a new version, so stored results of the old parser are not reused.
 */
export function parserVersion(): string {
  cached ??= createHash("sha256")
    .update(fs.readFileSync(path.join(process.cwd(), ".workers", "parse-worker.mjs")))
    .update(fs.readFileSync(path.join(process.cwd(), "package-lock.json")))
    .digest("hex")
    .slice(0, 16);
  return cached;
}
