import { apiRoute } from "@/lib/api/key-route";
import { jsonBody, json } from "@/lib/api/request";
import { postingRequest } from "@/lib/api/schemas";
import { getDb } from "@/lib/db/client";
import { createJobPosting } from "@/lib/db/queries/jobs";
import { asUserError, parseInWorker } from "@/lib/files/parse-in-worker";
import { clientAddressOf } from "@/lib/security/client-ip";
import { consumeUserAndAddress } from "@/lib/security/rate-limit";

/** Analyses a job posting's text as the app does (requirements, skills, seniority, salary) and saves it for fit scoring. */
export const POST = apiRoute({ scope: "fit" }, async (request, { user }) => {
  const { text } = await jsonBody(request, postingRequest);
  await consumeUserAndAddress("upload", user.id, clientAddressOf(request.headers));
  const analysis = await parseInWorker("postingText", { text }).catch(asUserError("job"));
  const saved = await createJobPosting(await getDb(), { userId: user.id, text, analysis, sourceFileName: null });
  return json({ id: saved.id, analysis }, 201);
});
