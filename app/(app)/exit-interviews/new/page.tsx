import type { Metadata } from "next";
import { HrOnly } from "@/components/exit-dashboard/hr-only";
import { NewInterviewForm } from "@/components/exit-dashboard/new-interview-form";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New exit interview" };

export default async function NewExitInterviewPage() {
  const user = await getCurrentUser();
  if (!user || user.role === "CANDIDATE" || !user.organizationId) return <HrOnly title="New exit interview" />;
  return (
    <>
      <PageHeader
        title="New exit interview"
        description="Enter the departing employee's details. The app makes a private link for them; their interview opens with a consent screen that says who will see their answers."
      />
      <NewInterviewForm />
    </>
  );
}
