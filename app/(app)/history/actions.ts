"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { deleteGenerationByIdForUser } from "@/lib/db/queries/generations";
import { AppError } from "@/lib/errors";
import { authedAction } from "@/lib/security/authed-action";

export const deleteGeneration = authedAction(z.object({ id: z.string().min(1).max(40) }), async ({ id }, user) => {
  if (!(await deleteGenerationByIdForUser(await getDb(), { id, userId: user.id }))) throw new AppError("not_found:generation");
  redirect("/history");
});
