import { DocumentPdf } from "@/components/documents/document-pdf";
import type { ExitReport } from "@/lib/exit/dashboard/report";
import { reportBlocks } from "@/lib/exit/dashboard/report-blocks";

/** The exit report on the documents' PDF template: the same fonts, running header and page numbers. */
export function ExitReportPdf({ origin, report, organisation }: { origin: string; report: ExitReport; organisation: string }) {
  return (
    <DocumentPdf
      origin={origin}
      template="document"
      kicker="EXIT INTERVIEW REPORT"
      subtitle={organisation}
      title={report.title}
      blocks={reportBlocks(report)}
      footer={`Confidential HR record · ${new Date().toISOString().slice(0, 10)}`}
    />
  );
}
