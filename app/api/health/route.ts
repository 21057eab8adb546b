import { checkReadiness } from "@/lib/observability/health";
import { appVersion } from "@/lib/observability/version";
import { publicRoute } from "@/lib/security/authed-route";

const noStore = { "cache-control": "no-store" };

// The summary a load balancer or a status page polls: 200 when ready to serve, 503 otherwise, and the
// version running. Details are at /api/health/ready.
export const GET = publicRoute(async () => {
  const { ready } = await checkReadiness();
  return Response.json({ status: ready ? "ok" : "unavailable", version: appVersion }, { status: ready ? 200 : 503, headers: noStore });
});
