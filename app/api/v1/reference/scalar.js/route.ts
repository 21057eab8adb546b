import { referenceScript } from "@/lib/api/reference-script";
import { publicRoute } from "@/lib/security/authed-route";

/** The script that draws the API reference page (public, like the OpenAPI document it reads). */
export const GET = publicRoute(
  async () =>
    new Response(await referenceScript(), {
      headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=86400", "x-content-type-options": "nosniff" },
    }),
);
