"use client";

import dynamic from "next/dynamic";

// pdf.js is large and browser-only: loaded when a PDF preview is on screen, never on the server.
const PdfPreviewPages = dynamic(() => import("@/components/cv/pdf-preview-pages"), {
  ssr: false,
  loading: () => <p className="p-4 text-sm">Loading the preview…</p>,
});

/** The original PDF for PDFs; for DOCX and pasted CVs, the text that was read from them. */
export function CvPreview({ id, isPdf, text }: { id: string; isPdf: boolean; text: string }) {
  return (
    // Focusable so that keyboard users can scroll it: a PDF page is a canvas, with nothing else to focus.
    <section
      tabIndex={0}
      aria-label="Preview of your CV"
      className="max-h-[80vh] overflow-auto rounded-lg border focus-visible:outline-2 focus-visible:outline-brand-600 border-zinc-200 bg-zinc-50 p-3 dark:border-zinc-800 dark:bg-zinc-900"
    >
      {isPdf ? (
        <PdfPreviewPages url={`/api/cvs/${id}/file`} width={520} />
      ) : (
        <pre className="whitespace-pre-wrap break-words p-2 font-sans text-xs leading-relaxed">{text}</pre>
      )}
    </section>
  );
}
