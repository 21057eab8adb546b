import type { z } from "zod";
import type { documentBody, documentSummary } from "@/lib/api/schemas";

type Row = { id: string; task: string; title: string; status: string; model: string | null; provider: string | null; createdAt: Date };

/** A document as the API shows it in lists. */
export function toDocumentSummary(row: Row): z.input<typeof documentSummary> {
  return {
    id: row.id,
    tool: row.task,
    title: row.title,
    status: row.status as z.input<typeof documentSummary>["status"],
    model: row.model,
    provider: row.provider,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toDocument(row: Row & { output: string; error: string | null }): z.input<typeof documentBody> {
  return { ...toDocumentSummary(row), output: row.output, error: row.error };
}
