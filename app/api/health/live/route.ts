import { publicRoute } from "@/lib/security/authed-route";

// Liveness: the process answers requests. It checks nothing else, so a database outage does not get
// every instance restarted.
export const GET = publicRoute(async () => Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } }));
