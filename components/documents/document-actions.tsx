"use client";

import { Check, Copy, FileDown, FileText, FileType } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { fileNameFor } from "@/lib/documents/file-name";
import type { PdfTemplate } from "@/lib/tools/registry";

type Props = {
  text: string;
  title: string;
  kicker: string;
  subtitle: string;
  footer: string;
  template: PdfTemplate;
  /** Called with each PDF made, e.g. to read it back for the round-trip check. */
  onPdf?: (pdf: Blob) => void;
};

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copy as Markdown, and download as PDF, DOCX or Markdown. The PDF and DOCX writers load only when asked for. */
export function DocumentActions({ text, title, kicker, subtitle, footer, template, onPdf }: Props) {
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState<"pdf" | "docx" | null>(null);
  const [failed, setFailed] = useState<string>();

  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
    setTimeout(() => setCopied(false), 2_000);
  };

  const exportAs = async (kind: "pdf" | "docx") => {
    setBusy(kind);
    setFailed(undefined);
    try {
      const { markdownToBlocks } = await import("@/lib/documents/markdown-blocks");
      const blocks = markdownToBlocks(text);
      if (kind === "pdf") {
        const [{ pdf }, { DocumentPdf }] = await Promise.all([import("@react-pdf/renderer"), import("@/components/documents/document-pdf")]);
        const props = { origin: window.location.origin, template, kicker, subtitle, title, blocks, footer };
        const blob = await pdf(<DocumentPdf {...props} />).toBlob();
        download(blob, fileNameFor(title, "pdf"));
        onPdf?.(blob);
      } else {
        const { docxBlob } = await import("@/lib/documents/docx");
        download(await docxBlob(blocks, { title, kicker, subtitle, footer }), fileNameFor(title, "docx"));
      }
    } catch {
      setFailed(`The ${kind.toUpperCase()} could not be created. Try again, or download the Markdown.`);
    } finally {
      setBusy(null);
    }
  };

  const downloadMarkdown = () => download(new Blob([text], { type: "text/markdown;charset=utf-8" }), fileNameFor(title, "md"));

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="secondary" onClick={copy}>
        {copied ? <Check aria-hidden="true" className="size-4" /> : <Copy aria-hidden="true" className="size-4" />}
        {copied ? "Copied" : "Copy Markdown"}
      </Button>
      <Button variant="secondary" onClick={() => exportAs("pdf")} disabled={busy !== null}>
        <FileDown aria-hidden="true" className="size-4" />
        {busy === "pdf" ? "Preparing PDF…" : "Download PDF"}
      </Button>
      <Button variant="secondary" onClick={() => exportAs("docx")} disabled={busy !== null}>
        <FileType aria-hidden="true" className="size-4" />
        {busy === "docx" ? "Preparing DOCX…" : "Download DOCX"}
      </Button>
      <Button variant="secondary" onClick={downloadMarkdown}>
        <FileText aria-hidden="true" className="size-4" />
        Download Markdown
      </Button>
      <span role="status" aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {failed ?? ""}
      </span>
    </div>
  );
}
