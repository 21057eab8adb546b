"use client";

import { useState } from "react";
import { Document, Page, pdfjs } from "react-pdf";

// pdf.js parses the file in a worker that the app serves itself (no CDN).
pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url).toString();

/** The uploaded PDF, page by page, as the user sees it in their viewer. */
export default function PdfPreviewPages({ url, width }: { url: string; width: number }) {
  const [pages, setPages] = useState(0);
  return (
    <Document
      file={url}
      onLoadSuccess={({ numPages }) => setPages(numPages)}
      loading={<p className="p-4 text-sm">Loading the preview…</p>}
      error={<p className="p-4 text-sm">The preview could not be shown. The profile beside it was read from the file all the same.</p>}
    >
      {Array.from({ length: pages }, (_, i) => (
        <div key={i} className="mb-3 shadow-sm" aria-label={`Page ${i + 1} of ${pages}`} role="img">
          <Page pageNumber={i + 1} width={width} renderTextLayer={false} renderAnnotationLayer={false} />
        </div>
      ))}
    </Document>
  );
}
