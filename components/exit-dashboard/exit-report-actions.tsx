"use client";

import { FileDown } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { fileNameFor } from "@/lib/documents/file-name";
import type { ExitReport } from "@/lib/exit/dashboard/report";

/** Downloads the report as a PDF made in the browser, like documents; the PDF writer loads only when asked for. */
export function ExitReportActions({ report, organisation }: { report: ExitReport; organisation: string }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string>();

  const downloadPdf = async () => {
    setBusy(true);
    setFailed(undefined);
    try {
      const [{ pdf }, { ExitReportPdf }] = await Promise.all([import("@react-pdf/renderer"), import("@/components/exit-dashboard/exit-report-pdf")]);
      const blob = await pdf(<ExitReportPdf origin={window.location.origin} report={report} organisation={organisation} />).toBlob();
      const url = URL.createObjectURL(blob);
      const a = Object.assign(document.createElement("a"), { href: url, download: fileNameFor(report.title, "pdf") });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setFailed("The PDF could not be created. Try again.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="secondary" onClick={downloadPdf} disabled={busy}>
        <FileDown aria-hidden="true" className="size-4" />
        {busy ? "Preparing PDF…" : "Download PDF report"}
      </Button>
      <span role="status" aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {failed ?? ""}
      </span>
    </div>
  );
}
