"use server";

import { z } from "zod";
import { signOut } from "@/lib/auth/auth";
import { authedAction } from "@/lib/security/authed-action";

export const signOutAction = authedAction(z.object({}), async () => {
  await signOut({ redirectTo: "/login" });
});
