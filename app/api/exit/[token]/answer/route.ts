import { getDb } from "@/lib/db/client";
import { answerQuestion } from "@/lib/exit/interview/employee-side";
import { interviewJson, jsonBodyOf } from "@/lib/exit/interview/route-body";
import { tokenRoute } from "@/lib/security/authed-route";

/** The employee's answer to the current question; answers with the next one. */
export const POST = tokenRoute(
  async (request, token) => interviewJson(await answerQuestion(await getDb(), token, await jsonBodyOf(request))),
  // An answer at its length limit, in a script of up to four bytes a character, with room for the JSON.
  { maxBodyBytes: 20 * 1024 },
);
