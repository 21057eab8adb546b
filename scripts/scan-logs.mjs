// Fails when a server log holds something it must never hold: passwords, the session secret, API
// keys, or document text. Used after the browser tests, which type these values into the app.
//   node scripts/scan-logs.mjs <log file> [--also <file with one secret per line>] <secret> [...]
// The tests write values made during the run (invitation tokens) to the --also file.
import fs from "node:fs";

const args = process.argv.slice(2);
const alsoAt = args.indexOf("--also");
const alsoFile = alsoAt >= 0 ? args.splice(alsoAt, 2)[1] : undefined;
const [file, ...given] = args;
const made = alsoFile && fs.existsSync(alsoFile) ? fs.readFileSync(alsoFile, "utf8").split("\n").filter(Boolean) : [];
const secrets = [...given, ...made];
if (!file || !secrets.length) {
  console.error("usage: scan-logs.mjs <log file> <secret> [...]");
  process.exit(2);
}
const log = fs.readFileSync(file, "utf8");
const found = secrets.filter((secret) => log.includes(secret));
const lines = log.split("\n").length;
if (found.length) {
  // Say which values leaked, not where: the log itself is the evidence.
  console.error(
    `scan-logs: ${found.length} of ${secrets.length} secret values appear in ${file} (${lines} lines): ${found.map((s) => `${s.slice(0, 3)}…(${s.length} chars)`).join(", ")}`,
  );
  process.exit(1);
}
console.log(`scan-logs: none of ${secrets.length} secret values appear in ${file} (${lines} lines)`);
