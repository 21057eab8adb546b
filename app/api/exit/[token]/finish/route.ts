import { getDb } from "@/lib/db/client";
import { finishEarly } from "@/lib/exit/interview/employee-side";
import { interviewJson } from "@/lib/exit/interview/route-body";
import { tokenRoute } from "@/lib/security/authed-route";

/** The employee ends the interview before the last question; what they said is kept. */
export const POST = tokenRoute(async (_request, token) => interviewJson(await finishEarly(await getDb(), token)), { maxBodyBytes: 1024 });
