import { getDb } from "@/lib/db/client";
import { withdraw } from "@/lib/exit/interview/employee-side";
import { interviewJson } from "@/lib/exit/interview/route-body";
import { tokenRoute } from "@/lib/security/authed-route";

/** The employee withdraws consent: everything they said is deleted. */
export const POST = tokenRoute(async (_request, token) => interviewJson(await withdraw(await getDb(), token)), { maxBodyBytes: 1024 });
