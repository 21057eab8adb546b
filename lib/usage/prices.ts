import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ModelPrice } from "@/lib/usage/cost";

export function listModelPrices(db: PrismaClient, { orgId }: { orgId: string }): Promise<ModelPrice[]> {
  return db.modelPrice.findMany({ where: { orgId }, select: { model: true, inputPerMillion: true, outputPerMillion: true }, orderBy: { model: "asc" } });
}

export function saveModelPrice(db: PrismaClient, { orgId, price }: { orgId: string; price: ModelPrice }) {
  const { model, ...values } = price;
  return db.modelPrice.upsert({ where: { orgId_model: { orgId, model } }, create: { orgId, model, ...values }, update: values });
}

export async function removeModelPrice(db: PrismaClient, { orgId, model }: { orgId: string; model: string }): Promise<boolean> {
  const { count } = await db.modelPrice.deleteMany({ where: { orgId, model } });
  return count === 1;
}
