import { lockApplicationsForScoring, saveApplicationFit, type ApplicationScope } from "@/lib/db/queries/applications";
import { computeFit } from "@/lib/fit/fit";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Saves a change to a CV's profile or a posting's analysis, then scores again every application of
 * that CV or posting, in one transaction: the fit shown never lags the content it was computed from,
 * and a failed scoring leaves the change unsaved. Returns how many applications were scored.
 */
export function saveAndRescore(db: PrismaClient, scope: ApplicationScope, save: (tx: Prisma.TransactionClient) => Promise<unknown>): Promise<number> {
  return db.$transaction(async (tx) => {
    await save(tx);
    const applications = await lockApplicationsForScoring(tx, scope);
    for (const { id, profile, analysis } of applications) await saveApplicationFit(tx, { id, fit: computeFit(profile, analysis) });
    return applications.length;
  });
}
