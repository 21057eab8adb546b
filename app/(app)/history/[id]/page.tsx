import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentActions } from "@/components/generation/document-actions";
import { MarkdownView } from "@/components/generation/markdown-view";
import { OfflineNotice } from "@/components/generation/offline-notice";
import { DeleteGenerationButton } from "@/components/history/delete-generation-button";
import { modelLabel } from "@/components/history/model-label";
import { StatusBadge } from "@/components/history/status-badge";
import { FormStatus } from "@/components/ui/form-status";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getGenerationByIdForUser } from "@/lib/db/queries/generations";
import { getTool, isToolSlug } from "@/lib/tools/registry";

export const metadata: Metadata = { title: "Document" };

const statusNote: Record<string, string> = {
  CANCELLED: "Stopped before the end. This is the text written until then.",
  INTERRUPTED: "The server stopped while this was being written. This is the text saved until then.",
  FAILED: "The model failed while writing. This is the text written until then.",
  STREAMING: "Still being written. Reload to see more.",
};

export default async function GenerationPage({ params }: PageProps<"/history/[id]">) {
  const { id } = await params;
  const user = await getCurrentUser();
  const generation = user ? await getGenerationByIdForUser(await getDb(), { id, userId: user.id }) : null;
  if (!generation) notFound();
  const tool = isToolSlug(generation.task) ? getTool(generation.task) : null;
  const input = tool?.schema.safeParse(generation.input);
  const subtitle = tool && input?.success ? tool.subtitleOf(input.data) : "";
  const toolName = tool?.name ?? generation.task;
  const facts = [
    modelLabel(generation.model),
    generation.createdAt.toISOString().slice(0, 16).replace("T", " ") + " UTC",
    generation.durationMs ? `${(generation.durationMs / 1000).toFixed(1)} s` : null,
    generation.outputTokens ? `${generation.outputTokens} tokens` : null,
    `prompt ${generation.promptId} v${generation.promptVersion}`,
  ].filter(Boolean);

  return (
    <>
      <PageHeader title={generation.title} description={`${toolName} · ${facts.join(" · ")}`} actions={<StatusBadge status={generation.status} />} />
      {statusNote[generation.status] ? <FormStatus message={statusNote[generation.status]} /> : null}
      {generation.model === "offline:draft" ? <div className="mb-4"><OfflineNotice /></div> : null}
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        {generation.output ? (
          <DocumentActions template={tool?.pdfTemplate ?? "document"} text={generation.output} title={generation.title} kicker={toolName} subtitle={subtitle} footer={`${toolName} · ${modelLabel(generation.model)}`} />
        ) : <span />}
        <DeleteGenerationButton id={generation.id} />
      </div>
      <article aria-label="Generated document" className="rounded-lg border border-zinc-200 p-6 dark:border-zinc-800">
        {generation.output ? <MarkdownView text={generation.output} /> : <p className="text-sm text-zinc-600 dark:text-zinc-400">No text was written.</p>}
      </article>
    </>
  );
}
