"use server";

import { z } from "zod";
import { modelIdPattern } from "@/lib/ai/model-id";
import { getDb } from "@/lib/db/client";
import { idSchema } from "@/lib/db/ids";
import { documentScopeOf } from "@/lib/auth/document-scope";
import { cancelGenerationByIdForUser, getGenerationInScope } from "@/lib/db/queries/generations";
import { AppError } from "@/lib/errors";
import { activeGenerations } from "@/lib/generation/active";
import { runGeneration } from "@/lib/generation/run-generation";
import { authedAction } from "@/lib/security/authed-action";
import { toolSlugs, tools } from "@/lib/tools/registry";

const hrRoles = ["HR", "ADMIN"] as const;

const generateSchema = z.discriminatedUnion(
  "tool",
  toolSlugs.map((slug) =>
    z.object({
      tool: z.literal(slug),
      input: tools[slug].schema,
      modelId: z.string().regex(modelIdPattern).optional(),
      parentId: idSchema.optional(),
    }),
  ) as unknown as [
    z.ZodObject<{
      tool: z.ZodLiteral<string>;
      input: z.ZodType<Record<string, unknown>>;
      modelId: z.ZodOptional<z.ZodString>;
      parentId: z.ZodOptional<z.ZodString>;
    }>,
  ],
);

/** Starts writing a document and returns the stream of its events; the document is saved regardless. */
export const generateDocument = authedAction(
  generateSchema,
  async ({ tool, input, modelId, parentId }, user) => {
    if (parentId && !(await getGenerationInScope(await getDb(), { id: parentId, scope: documentScopeOf(user) }))) throw new AppError("not_found:generation");
    return runGeneration({ tool: tool as (typeof toolSlugs)[number], input, user, modelId, parentId });
  },
  { roles: hrRoles, rateLimit: "generation" },
);

/** Stops a document being written; what was written so far is kept as CANCELLED. */
export const stopGeneration = authedAction(z.object({ id: idSchema }), async ({ id }, user) => {
  const db = await getDb();
  const stopped = await cancelGenerationByIdForUser(db, { id, userId: user.id });
  const active = activeGenerations.get(id);
  if (stopped && active) {
    active.controller.abort();
    await active.finished;
  }
  const row = await getGenerationInScope(db, { id, scope: documentScopeOf(user) });
  if (!row) throw new AppError("not_found:generation");
  if (row.userId !== user.id) throw new AppError("forbidden:generation", "Only the colleague writing this document can stop it.");
  return { status: row.status, output: row.output, model: row.model };
});
