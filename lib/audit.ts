import "server-only";
import { getDb } from "@/lib/db/client";
import { recordAuditEvent, type AuditEntry } from "@/lib/db/queries/audit";
import { logger } from "@/lib/logger";

/** Records an audit event; a failure to record is logged and never fails what the user did. */
export async function audit(entry: AuditEntry): Promise<void> {
  try {
    await recordAuditEvent(await getDb(), entry);
  } catch (error) {
    logger.error({ err: error, action: entry.action }, "audit event not recorded");
  }
}
