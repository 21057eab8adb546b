import { documentScopeOf } from "@/lib/auth/document-scope";
import { getDb } from "@/lib/db/client";
import { exportUserDataById } from "@/lib/db/queries/accounts";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { authedRoute } from "@/lib/security/authed-route";

/**
 * "Download my data": everything the app holds about the signed-in user, as a JSON file. Documents are
 * those they wrote and may still see; an organisation's documents stay with it when a member leaves.
 */
export const GET = authedRoute(async (_request, user) => {
  const data = await exportUserDataById(await getDb(), { id: user.id, scope: documentScopeOf(user) });
  if (!data) throw new AppError("not_found:auth", "This account no longer exists.");
  await audit({ action: "account.data_exported", actorId: user.id, actorEmail: user.email, orgId: user.organizationId });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="hr-copilot-data-${new Date().toISOString().slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
});
