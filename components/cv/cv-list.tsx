import Link from "next/link";
import { CvRowActions } from "@/components/cv/cv-row-actions";
import { lowConfidence } from "@/lib/cv/profile";

type CvSummary = { id: string; name: string; fileName: string | null; mime: string; confidence: number; warnings: string[]; createdAt: Date };

const kind = (mime: string) => (mime === "application/pdf" ? "PDF" : mime === "text/plain" ? "Pasted text" : "DOCX");
const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export function CvList({ cvs }: { cvs: CvSummary[] }) {
  return (
    <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {cvs.map((cv) => (
        <li key={cv.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
          <span className="min-w-0">
            <Link href={`/copilot/cvs/${cv.id}`} className="block truncate font-medium underline-offset-2 hover:underline">
              {cv.name}
            </Link>
            <span className="block text-xs text-zinc-600 dark:text-zinc-400">
              {kind(cv.mime)}
              {cv.fileName ? ` · ${cv.fileName}` : ""} · added {day.format(cv.createdAt)}
              {cv.confidence < lowConfidence ? " · needs checking" : ""}
            </span>
          </span>
          <CvRowActions id={cv.id} name={cv.name} />
        </li>
      ))}
    </ul>
  );
}
