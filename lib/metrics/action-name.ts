import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

type Manifest = { node?: Record<string, { exportedName?: string }> };

// A server action call carries only the id Next gave the action at build time. The build's manifest
// names it: the metrics are labelled "generateDocument", not a hash. Read once; in development again
// when an id is missing, as the server adds actions when files change.
const manifestPaths = [".next/server/server-reference-manifest.json", ".next/dev/server/server-reference-manifest.json"];
const globalForNames = globalThis as unknown as { hrActionNames?: Map<string, string> };

function readNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const file of manifestPaths) {
    try {
      // Not a file to bundle or trace: the build writes it next to the server it runs.
      const manifest = JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), file), "utf8")) as Manifest;
      for (const [id, entry] of Object.entries(manifest.node ?? {})) if (entry.exportedName) names.set(id, entry.exportedName);
    } catch {
      // this kind of build has no manifest there
    }
  }
  return names;
}

/**
 * The exported name of the server action `actionId` (the `next-action` header), "unknown" when the
 * build does not say. Next only runs an action whose id it knows, so the label stays bounded.
 */
export function actionNameOf(actionId: string | null): string {
  if (!actionId) return "unknown";
  let names = (globalForNames.hrActionNames ??= readNames());
  if (!names.has(actionId) && process.env.NODE_ENV === "development") names = globalForNames.hrActionNames = readNames();
  return names.get(actionId) ?? "unknown";
}
