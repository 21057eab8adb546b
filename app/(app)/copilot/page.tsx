import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Job Copilot" };

export default function CopilotPage() {
  return <ComingSoon title="Job Copilot" description="Upload your CV, analyse a job posting, see your fit, and get a tailored CV and cover letter that stay true to your experience." />;
}
