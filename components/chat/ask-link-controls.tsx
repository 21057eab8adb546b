"use client";

import { useState } from "react";
import { rotateAskLink, setAskLink } from "@/app/(app)/chat/actions";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

/** On and off, copy, and replace the link (the old one stops working). */
export function AskLinkControls({ cvId, enabled, url }: { cvId: string; enabled: boolean; url: string | null }) {
  const toggle = useActionForm(setAskLink);
  const rotate = useActionForm(rotateAskLink);
  const [copied, setCopied] = useState(false);
  return (
    <section aria-labelledby="link" className="mb-8 flex max-w-2xl flex-col gap-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h2 id="link" className="font-semibold">
        The link is {enabled ? "on" : "off"}
      </h2>
      {url ? (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor="ask-url" className="sr-only">
            Link to share
          </label>
          <input id="ask-url" readOnly value={url} className={`${controlClass} min-w-0 flex-1`} onFocus={(e) => e.currentTarget.select()} />
          <Button variant="secondary" onClick={() => void navigator.clipboard.writeText(url).then(() => setCopied(true))}>
            {copied ? "Copied" : "Copy link"}
          </Button>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button variant={enabled ? "secondary" : "primary"} disabled={toggle.pending} onClick={() => toggle.submit({ cvId, enabled: !enabled })}>
          {enabled ? "Turn the link off" : "Turn the link on"}
        </Button>
        {enabled ? (
          <Button variant="ghost" disabled={rotate.pending} onClick={() => rotate.submit({ cvId })}>
            Replace with a new link
          </Button>
        ) : null}
      </div>
      <FormStatus message={toggle.formMessage ?? rotate.formMessage} />
    </section>
  );
}
