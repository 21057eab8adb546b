import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Exit interviews" };

export default function ExitInterviewsPage() {
  return (
    <ComingSoon
      title="Exit interviews"
      description="Invite departing employees to an interview with an AI interviewer, and read the themes and sentiment on a dashboard."
    />
  );
}
