import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentChecks } from "@/components/checks/document-checks";
import { DocumentActions } from "@/components/documents/document-actions";
import { RatingControl } from "@/components/feedback/rating-control";
import { MarkdownView } from "@/components/documents/markdown-view";
import { LiveDocument } from "@/components/generation/live-document";
import { OfflineNotice } from "@/components/generation/offline-notice";
import Link from "next/link";
import { DeleteGenerationButton } from "@/components/history/delete-generation-button";
import { EditDocument } from "@/components/history/edit-document";
import { VersionList } from "@/components/history/version-list";
import { buttonClass } from "@/components/ui/button";
import { authorLabel } from "@/components/history/author-label";
import { modelLabel } from "@/components/ai/model-label";
import { StatusBadge } from "@/components/history/status-badge";
import { FormStatus } from "@/components/ui/form-status";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { documentScopeOf, mayDeleteAnyInScope } from "@/lib/auth/document-scope";
import { getGenerationInScope, listVersionsOfGeneration } from "@/lib/db/queries/generations";
import { ownRatingOf } from "@/lib/feedback/queries";
import { getTool, isToolSlug } from "@/lib/tools/registry";

export const metadata: Metadata = { title: "Document" };

const statusNote: Record<string, string> = {
  CANCELLED: "Stopped before the end. This is the text written until then.",
  INTERRUPTED: "The server stopped while this was being written. This is the text saved until then.",
  FAILED: "The model failed while writing. This is the text written until then.",
  STREAMING: "Still being written: the text appears below as it is written.",
};

export default async function GenerationPage({ params }: PageProps<"/history/[id]">) {
  const { id } = await params;
  const user = await getCurrentUser();
  const db = await getDb();
  const generation = user ? await getGenerationInScope(db, { id, scope: documentScopeOf(user) }) : null;
  if (!user || !generation) notFound();
  const versions = await listVersionsOfGeneration(db, { id, scope: documentScopeOf(user) });
  // A model-written document that is done can be rated; a saved edit is the reader's own text.
  const rateable = generation.status !== "STREAMING" && generation.provider !== "edit";
  const ownRating = rateable ? await ownRatingOf(db, { userId: user.id, target: { generationId: generation.id } }) : null;
  const tool = isToolSlug(generation.task) ? getTool(generation.task) : null;
  const input = tool?.schema.safeParse(generation.input);
  const subtitle = tool && input?.success ? tool.subtitleOf(input.data) : "";
  const toolName = tool?.name ?? generation.task;
  const author = authorLabel(generation.author, user.id);
  const facts = [
    author ? `by ${author}` : null,
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
      {generation.model === "offline:draft" ? (
        <div className="mb-4">
          <OfflineNotice />
        </div>
      ) : null}
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        {generation.output ? (
          <DocumentActions
            template={tool?.pdfTemplate ?? "document"}
            text={generation.output}
            title={generation.title}
            kicker={toolName}
            subtitle={subtitle}
            footer={`${toolName} · ${modelLabel(generation.model)}`}
          />
        ) : (
          <span />
        )}
        <div className="flex flex-wrap gap-2">
          {tool ? (
            <Link href={`/tools/${tool.slug}?from=${generation.id}`} className={buttonClass("secondary")}>
              Open the form with these inputs
            </Link>
          ) : null}
          {generation.userId === user.id || mayDeleteAnyInScope(user) ? <DeleteGenerationButton id={generation.id} /> : null}
        </div>
        {generation.output && generation.status !== "STREAMING" ? <EditDocument key={generation.id} id={generation.id} text={generation.output} /> : null}
      </div>
      <VersionList versions={versions} currentId={generation.id} viewerId={user.id} />
      {rateable ? <RatingControl target="document" id={generation.id} what="this document" initial={ownRating} /> : null}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <article aria-label="Generated document" className="min-w-0 rounded-lg border border-zinc-200 p-6 dark:border-zinc-800">
          {generation.status === "STREAMING" && tool ? (
            <LiveDocument
              tool={tool.slug}
              document={{ id: generation.id, modelId: generation.model ?? "none", text: generation.output, status: "STREAMING" }}
              canStop={generation.userId === user.id}
            />
          ) : generation.output ? (
            <MarkdownView text={generation.output} />
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">No text was written.</p>
          )}
        </article>
        {tool && generation.output ? <DocumentChecks checks={tool.checks} text={generation.output} brief={input?.success ? input.data : {}} /> : null}
      </div>
    </>
  );
}
