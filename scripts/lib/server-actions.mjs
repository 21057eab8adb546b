// Calls the app's server actions over HTTP the way the browser does. The benchmarks (scripts/) and the
// e2e tests (e2e/support/server-actions.ts builds on this file) share it, so that how a call is made
// is written once.
//
// Why over HTTP: a call then passes everything a browser's call passes (the proxy and its headers,
// the origin check, the session cookie, rate limits, the action's own checks), which importing the
// action in-process would skip; and a test or a benchmark can set up accounts and data without
// clicking through forms.
//
// Why these details: a server action has no URL of its own. The browser POSTs to a page with a
// `Next-Action` header holding the action's id, which Next assigns at build time, so the id is read
// from the build's manifest (.next/server/server-reference-manifest.json). The arguments go as React
// encodes plain JSON values. The answer is a React Flight stream: lines of `<row id>:<JSON>`, with the
// action's return value on row 1; a redirect comes back in the `x-action-redirect` header instead.
import fs from "node:fs";
import path from "node:path";

/** Every server action in the production build, as { id, filename, exportedName }. */
export function builtActions(root) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"));
  return Object.entries(manifest.node).map(([id, v]) => ({ id, filename: v.filename, exportedName: v.exportedName }));
}

export function actionId(root, filename, exportedName) {
  const entry = builtActions(root).find((a) => a.filename === filename && a.exportedName === exportedName);
  if (!entry) throw new Error(`No server action ${exportedName} in ${filename}; run \`npm run build\` first`);
  return entry.id;
}

/** POSTs an action call and returns the raw fetch Response (a React Flight stream). */
export function callAction(baseUrl, pagePath, id, args, cookie = "", extraHeaders = {}) {
  return fetch(`${baseUrl}${pagePath}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "next-action": id,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: baseUrl,
      cookie,
      ...extraHeaders,
    },
    body: JSON.stringify(args),
  });
}

/** The action's return value, when it is an ActionResult ({ ok, … }), from the Flight response body; else undefined. */
export function actionResultFrom(body) {
  const line = body.split("\n").find((l) => /^1:\{"ok":/.test(l));
  return line === undefined ? undefined : JSON.parse(line.slice(2));
}

/** The session cookie ("name=value") the response sets, as a sign-in or registration answers. */
export function sessionCookieFrom(response) {
  const cookies = response.headers.getSetCookie?.() ?? [];
  const session = cookies.map((c) => c.split(";")[0]).find((c) => /session-token=/.test(c));
  if (!session) throw new Error(`No session cookie in the response (status ${response.status})`);
  return session;
}
