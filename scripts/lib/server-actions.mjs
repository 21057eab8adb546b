// Calls the app's server actions over HTTP the way the browser does, for benchmarks: the action id
// comes from the production build's manifest, the arguments are sent as React encodes plain JSON.
import fs from "node:fs";
import path from "node:path";

export function actionId(root, filename, exportedName) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"));
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!entry) throw new Error(`No server action ${exportedName} in ${filename}; run \`npm run build\` first`);
  return entry[0];
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

export function sessionCookieFrom(response) {
  const cookies = response.headers.getSetCookie?.() ?? [];
  const session = cookies.map((c) => c.split(";")[0]).find((c) => /session-token=/.test(c));
  if (!session) throw new Error(`No session cookie in the response (status ${response.status})`);
  return session;
}
