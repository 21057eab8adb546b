import { apiDocument } from "@/lib/api/openapi";
import { publicRoute } from "@/lib/security/authed-route";

/** The API's OpenAPI 3.1 document. Public: it describes the API and holds no data. */
export const GET = publicRoute(async (request) =>
  Response.json(apiDocument(new URL(request.url).origin), { headers: { "cache-control": "public, max-age=300" } }),
);
