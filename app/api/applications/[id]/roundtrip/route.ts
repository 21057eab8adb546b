import { z } from "zod";
import { ExtractionError } from "@/lib/cv/extract/extraction-error";
import { getDb } from "@/lib/db/client";
import { idSchema } from "@/lib/db/ids";
import { getApplicationForUser } from "@/lib/db/queries/applications";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { parseInWorker } from "@/lib/files/parse-in-worker";
import { authedRoute } from "@/lib/security/authed-route";
import { clientAddressOf } from "@/lib/security/client-ip";
import { consumeUserAndAddress } from "@/lib/security/rate-limit";
import { assembleTailoredCv } from "@/lib/tailor/assemble";
import { compareRoundTrip, roundTripWarnings } from "@/lib/tailor/round-trip";

const paramsSchema = z.object({ id: idSchema });
const maxBytes = () => getEnv().UPLOAD_MAX_MB * 1024 * 1024;

/**
 * The round-trip check: the browser sends the PDF it just made of the tailored CV; the app reads it
 * back with its own parser and says which fields did not survive.
 */
export const POST = authedRoute(
  async (request, user, context) => {
    // Reading a PDF costs what an upload costs: the same limits apply.
    await consumeUserAndAddress("upload", user.id, clientAddressOf(request.headers));
    const params = paramsSchema.safeParse(await context.params);
    const application = params.success ? await getApplicationForUser(await getDb(), { id: params.data.id, userId: user.id }) : null;
    if (!application) throw new AppError("not_found:application");
    const bytes = new Uint8Array(await request.arrayBuffer());
    const { lines, profile: parsed } = await parseInWorker("roundTrip", { bytes, maxBytes: maxBytes() }).catch((error: unknown) => {
      throw error instanceof ExtractionError ? new AppError("bad_request:cv", `The exported file could not be read back: ${error.message}`) : error;
    });
    const expected = assembleTailoredCv(application.cv.profile, application.tailoring);
    return Response.json({ fields: compareRoundTrip(expected, parsed, lines.join("\n")), warnings: roundTripWarnings(expected, parsed) });
  },
  { maxBodyBytes: maxBytes() },
);
