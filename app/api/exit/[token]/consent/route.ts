import { getDb } from "@/lib/db/client";
import { giveConsent } from "@/lib/exit/interview/employee-side";
import { interviewJson } from "@/lib/exit/interview/route-body";
import { tokenRoute } from "@/lib/security/authed-route";

/** The employee agrees to take the exit interview behind their link. */
export const POST = tokenRoute(async (_request, token) => interviewJson(await giveConsent(await getDb(), token)), { maxBodyBytes: 1024 });
