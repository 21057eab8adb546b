"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { modelIdPattern } from "@/lib/ai/model-id";
import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { promptPairs } from "@/lib/experiments/prompt-versions";
import { saveSplit } from "@/lib/experiments/splits";
import { authedAction } from "@/lib/security/authed-action";
import { isFreeModel } from "@/lib/usage/cost";
import { removeModelPrice, saveModelPrice } from "@/lib/usage/prices";

const adminsOnly = { roles: ["ADMIN"] as const };

function organizationOf(user: SessionUser): string {
  if (!user.organizationId) throw new AppError("forbidden:auth", "You are not in an organisation.");
  return user.organizationId;
}

const modelSchema = z
  .string()
  .trim()
  .max(120, "A model id is at most 120 characters.")
  .regex(modelIdPattern, "Write the model as provider:model, for example groq:llama-3.3-70b-versatile.")
  .refine((model) => !isFreeModel(model), "The offline engine runs on this server and costs nothing; it needs no price.");

/** A number typed in a form (a blank box is not zero) or sent as one. */
const numberField = (blank: string) => z.union([z.number(), z.string().trim().max(20, blank).min(1, blank)]).pipe(z.coerce.number(blank));

/** Price per million tokens: a real price list stays far below this bound. */
const perMillion = numberField("Enter the price per million tokens, for example 0.59.").pipe(
  z.number().min(0, "A price cannot be negative.").max(10_000, "Enter the price per million tokens (at most 10,000)."),
);

export const savePrice = authedAction(
  z.object({ model: modelSchema, inputPerMillion: perMillion, outputPerMillion: perMillion }),
  async (price, user) => {
    await saveModelPrice(await getDb(), { orgId: organizationOf(user), price });
    revalidatePath("/admin/usage");
    return price;
  },
  adminsOnly,
);

export const removePrice = authedAction(
  z.object({ model: modelSchema }),
  async ({ model }, user) => {
    if (!(await removeModelPrice(await getDb(), { orgId: organizationOf(user), model })))
      throw new AppError("bad_request:input", `There is no price for ${model}.`);
    revalidatePath("/admin/usage");
    return { model };
  },
  adminsOnly,
);

export const savePromptSplit = authedAction(
  z.object({
    promptId: z.string().max(60, "Choose a prompt from the list."),
    shareB: numberField("Enter a share from 0 to 100.").pipe(
      z.number().int("Enter a whole percentage.").min(0, "Enter a share from 0 to 100.").max(100, "Enter a share from 0 to 100."),
    ),
  }),
  async ({ promptId, shareB }, user) => {
    const orgId = organizationOf(user);
    if (!promptPairs().some((pair) => pair.a.id === promptId)) {
      throw new AppError("bad_request:input", "This prompt has no second version (prompts/<id>.b.md) to split with.");
    }
    await saveSplit(await getDb(), { orgId, promptId, shareB });
    revalidatePath("/admin/usage");
    return { promptId, shareB };
  },
  adminsOnly,
);
