"use server";

import { z } from "zod";
import { signOut } from "@/lib/auth/auth";
import { publicAction } from "@/lib/security/authed-action";

// Anyone may sign out, including someone whose session has just expired.
export const signOutAction = publicAction(z.object({}), async () => {
  await signOut({ redirectTo: "/login" });
});
