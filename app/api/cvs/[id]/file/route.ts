import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { idSchema } from "@/lib/db/ids";
import { getCvFileForUser } from "@/lib/db/queries/cvs";
import { AppError } from "@/lib/errors";
import { authedRoute } from "@/lib/security/authed-route";

const paramsSchema = z.object({ id: idSchema });

/** The original file of one of the user's CVs; anyone else gets the same 404 as for a CV that does not exist. */
export const GET = authedRoute(async (_request, user, context) => {
  const params = paramsSchema.safeParse(await context.params);
  const cv = params.success ? await getCvFileForUser(await getDb(), { id: params.data.id, userId: user.id }) : null;
  if (!cv?.file) throw new AppError("not_found:cv");
  const fileName = (cv.fileName ?? `${cv.name}.pdf`).replace(/[^\p{L}\p{N} ._-]/gu, "_");
  return new Response(new Uint8Array(cv.file), {
    headers: {
      "content-type": cv.mime,
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "cache-control": "private, no-store",
      // Never run or render as a page, whatever the bytes hold.
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
});
