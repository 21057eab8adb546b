"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Square, Sparkles } from "lucide-react";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { modelLabel } from "@/components/ai/model-label";
import { DocumentChecks } from "@/components/checks/document-checks";
import { DocumentActions } from "@/components/documents/document-actions";
import { MarkdownView } from "@/components/documents/markdown-view";
import { RatingControl } from "@/components/feedback/rating-control";
import { ModelPicker } from "@/components/generation/model-picker";
import { OfflineNotice } from "@/components/generation/offline-notice";
import { ToolFields } from "@/components/generation/tool-fields";
import { useGeneration, type ExistingDocument } from "@/components/generation/use-generation";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ModelOption } from "@/lib/ai/health";
import { getTool, type ToolSlug } from "@/lib/tools/registry";

type Props = {
  tool: ToolSlug;
  models: ModelOption[];
  initialValues?: Record<string, unknown>;
  parentId?: string;
  /** The author's document named in the address: followed if still being written, shown as it ended otherwise. */
  existing?: ExistingDocument;
};

export function Generator({ tool: slug, models, initialValues, parentId, existing }: Props) {
  const tool = getTool(slug);
  const [modelId, setModelId] = useState(() => models.find((m) => m.available)?.id ?? "offline:draft");
  const form = useForm<Record<string, unknown>>({
    resolver: zodResolver(tool.schema as never) as unknown as Resolver<Record<string, unknown>>,
    defaultValues: initialValues ?? tool.defaults,
    mode: "onTouched",
  });
  const { state, start, stop } = useGeneration(slug, existing);
  const busy = state.phase === "starting" || state.phase === "streaming";

  // The address names the document, so a reload or a reopened tab comes back to it, still streaming.
  const shownId = state.phase === "streaming" || state.phase === "done" ? state.id : null;
  useEffect(() => {
    if (shownId && new URLSearchParams(window.location.search).get("document") !== shownId) {
      window.history.replaceState(null, "", `?document=${shownId}`);
    }
  }, [shownId]);

  // Field errors found by the server land on the same fields; the values stay as typed.
  useEffect(() => {
    if (state.phase !== "rejected") return;
    for (const [path, messages] of Object.entries(state.result.fieldErrors ?? {})) {
      form.setError(path.replace(/^input\./, ""), { message: messages[0] });
    }
  }, [state, form]);

  // A regenerated document is linked to the one before it, so history shows them as versions.
  const onSubmit = form.handleSubmit((values) => start(values, modelId, state.phase === "done" ? state.id : parentId));
  const doc = state.phase === "streaming" || state.phase === "done" ? state : null;
  const values = form.getValues();

  return (
    <div className="grid gap-8 xl:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
      <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-label={`${tool.name} brief`}>
        <ModelPicker models={models} value={modelId} onChange={setModelId} disabled={busy} />
        <ToolFields fields={tool.fields} register={form.register} errors={form.formState.errors} />
        <FormStatus message={state.phase === "rejected" && !state.result.fieldErrors ? state.result.message : undefined} />
        <div className="flex gap-2">
          <Button type="submit" disabled={busy}>
            <Sparkles aria-hidden="true" className="size-4" />
            {busy ? "Generating…" : doc ? "Regenerate" : "Generate"}
          </Button>
          {state.phase === "streaming" ? (
            <Button variant="danger" onClick={stop}>
              <Square aria-hidden="true" className="size-4" />
              Stop
            </Button>
          ) : null}
        </div>
      </form>

      <section aria-labelledby="output-heading" className="min-w-0 rounded-lg border border-zinc-200 p-5 dark:border-zinc-800">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
          <h2 id="output-heading" className="text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
            Document
          </h2>
          <p role="status" aria-live="polite" className="text-sm text-zinc-700 dark:text-zinc-300">
            {state.phase === "starting" && "Starting…"}
            {state.phase === "streaming" && `Writing with ${modelLabel(state.modelId)}…`}
            {state.phase === "done" && state.status === "COMPLETE" && `Written by ${modelLabel(state.modelId)}. Saved to history.`}
            {state.phase === "done" && state.status === "CANCELLED" && "Stopped. The partial text is saved in history."}
            {state.phase === "done" && state.status === "FAILED" && "Failed."}
            {state.phase === "done" &&
              state.status === "INTERRUPTED" &&
              "The server stopped while this was being written. The partial text is saved in history; press Regenerate to write it again."}
          </p>
        </div>
        {doc?.modelId === "offline:draft" ? (
          <div className="mb-4">
            <OfflineNotice language={String(values.language ?? "en")} />
          </div>
        ) : null}
        {state.phase === "done" && state.message ? <FormStatus message={state.message} /> : null}
        {doc ? (
          <article aria-label="Generated document" aria-busy={state.phase === "streaming"}>
            <MarkdownView text={doc.text} />
          </article>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Fill in the brief and press Generate. The document appears here as it is written.</p>
        )}
        {state.phase === "done" && state.text ? (
          <div className="mt-6 flex flex-wrap items-center gap-3 border-t border-zinc-200 pt-4 dark:border-zinc-800">
            <DocumentActions
              template={tool.pdfTemplate}
              text={state.text}
              title={tool.titleOf(values as never)}
              kicker={tool.name}
              subtitle={tool.subtitleOf(values as never)}
              footer={`${tool.name} · ${modelLabel(state.modelId)}`}
            />
            <Link href={`/history/${state.id}`} className="text-sm font-medium text-brand-600 underline dark:text-brand-100">
              Open in history
            </Link>
            <RatingControl key={state.id} target="document" id={state.id} what="this document" />
          </div>
        ) : null}
        {state.phase === "done" && state.text ? (
          <div className="mt-6">
            <DocumentChecks checks={tool.checks} text={state.text} brief={values} />
          </div>
        ) : null}
      </section>
    </div>
  );
}
