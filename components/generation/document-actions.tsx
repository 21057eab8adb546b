"use client";

import { Check, Copy, FileDown } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { fileNameFor } from "@/lib/documents/file-name";

type Props = { text: string; title: string; kicker: string; subtitle: string; footer: string };

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copy as Markdown and download as PDF. The PDF renderer loads only when asked for. */
export function DocumentActions({ text, title, kicker, subtitle, footer }: Props) {
  const [copied, setCopied] = useState(false);
  const [pdfState, setPdfState] = useState<"idle" | "rendering" | "failed">("idle");

  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
    setTimeout(() => setCopied(false), 2_000);
  };

  const downloadPdf = async () => {
    setPdfState("rendering");
    try {
      const [{ pdf }, { DocumentPdf }, { markdownToBlocks }] = await Promise.all([
        import("@react-pdf/renderer"),
        import("@/components/pdf/document-pdf"),
        import("@/lib/documents/markdown-blocks"),
      ]);
      const blob = await pdf(<DocumentPdf origin={window.location.origin} kicker={kicker} subtitle={subtitle} title={title} blocks={markdownToBlocks(text)} footer={footer} />).toBlob();
      download(blob, fileNameFor(title, "pdf"));
      setPdfState("idle");
    } catch {
      setPdfState("failed");
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="secondary" onClick={copy}>
        {copied ? <Check aria-hidden="true" className="size-4" /> : <Copy aria-hidden="true" className="size-4" />}
        {copied ? "Copied" : "Copy Markdown"}
      </Button>
      <Button variant="secondary" onClick={downloadPdf} disabled={pdfState === "rendering"}>
        <FileDown aria-hidden="true" className="size-4" />
        {pdfState === "rendering" ? "Preparing PDF…" : "Download PDF"}
      </Button>
      <span role="status" aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {pdfState === "failed" ? "The PDF could not be created. Try again, or copy the Markdown." : ""}
      </span>
    </div>
  );
}
