import { getDb } from "@/lib/db/client";
import { skipQuestion } from "@/lib/exit/interview/employee-side";
import { interviewJson, jsonBodyOf } from "@/lib/exit/interview/route-body";
import { tokenRoute } from "@/lib/security/authed-route";

/** The employee skips the current question. */
export const POST = tokenRoute(async (request, token) => interviewJson(await skipQuestion(await getDb(), token, await jsonBodyOf(request))), {
  maxBodyBytes: 1024,
});
