import type { Metadata } from "next";
import { CvList } from "@/components/cv/cv-list";
import { CvUpload } from "@/components/cv/cv-upload";
import { PasteCvForm } from "@/components/cv/paste-cv-form";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listCvsByUserId } from "@/lib/db/queries/cvs";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Job Copilot" };

export default async function CopilotPage() {
  const user = await getCurrentUser();
  if (!user) return null;
  const cvs = await listCvsByUserId(await getDb(), { userId: user.id });
  return (
    <>
      <PageHeader title="Job Copilot" description="Upload your CV. We read it into a profile you check and correct; every value shows the line of your CV it came from, and nothing is made up." />
      <section aria-labelledby="upload" className="mb-8">
        <h2 id="upload" className="sr-only">Upload a CV</h2>
        <CvUpload maxMb={getEnv().UPLOAD_MAX_MB} />
        <details className="mt-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <summary className="cursor-pointer text-sm font-medium">No file, a scan, or a protected PDF? Paste the text instead</summary>
          <div className="mt-4"><PasteCvForm /></div>
        </details>
      </section>
      <section aria-labelledby="your-cvs">
        <h2 id="your-cvs" className="mb-3 text-lg font-semibold">Your CVs</h2>
        {cvs.length ? <CvList cvs={cvs} /> : <p className="text-sm text-zinc-600 dark:text-zinc-400">None yet. Your first upload appears here.</p>}
      </section>
    </>
  );
}
