import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

// The API reference's viewer (Scalar), served by the app itself: the page's Content Security Policy
// allows scripts from this origin only, and no third-party CDN is needed.
const file = path.join(process.cwd(), "node_modules/@scalar/api-reference/dist/browser/standalone.js");

let loaded: Promise<string> | undefined;

/** The viewer's bundle, read once per process. */
export function referenceScript(): Promise<string> {
  loaded ??= readFile(file, "utf8");
  return loaded;
}
