"use client";

import { Square } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { MarkdownView } from "@/components/documents/markdown-view";
import { useGeneration, type ExistingDocument } from "@/components/generation/use-generation";
import { Button } from "@/components/ui/button";
import type { ToolSlug } from "@/lib/tools/registry";

type Props = { tool: ToolSlug; document: ExistingDocument; canStop: boolean };

/**
 * A document opened in history while it is being written, on any instance: its text grows here until
 * it ends, then the page reloads its data to show it as saved. Its author can stop it from here.
 */
export function LiveDocument({ tool, document, canStop }: Props) {
  const { state, stop } = useGeneration(tool, document);
  const router = useRouter();
  const ended = state.phase === "done";
  useEffect(() => {
    if (ended) router.refresh();
  }, [ended, router]);
  const text = state.phase === "streaming" || state.phase === "done" ? state.text : document.text;

  return (
    <div aria-busy={state.phase === "streaming"}>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <p role="status" aria-live="polite" className="text-sm text-zinc-700 dark:text-zinc-300">
          {ended ? "Finished writing." : "Being written…"}
        </p>
        {canStop && state.phase === "streaming" ? (
          <Button variant="danger" onClick={stop}>
            <Square aria-hidden="true" className="size-4" />
            Stop
          </Button>
        ) : null}
      </div>
      {text ? <MarkdownView text={text} /> : <p className="text-sm text-zinc-600 dark:text-zinc-400">No text yet.</p>}
    </div>
  );
}
