import { checkReadiness } from "@/lib/observability/health";
import { publicRoute } from "@/lib/security/authed-route";

// Readiness: 200 when the database answers with every migration applied and the job queue runs, else
// 503; each check's state and each configured model provider's, and nothing else (no address, no error).
export const GET = publicRoute(async () => {
  const { ready, ...checks } = await checkReadiness();
  return Response.json({ status: ready ? "ready" : "unavailable", ...checks }, { status: ready ? 200 : 503, headers: { "cache-control": "no-store" } });
});
