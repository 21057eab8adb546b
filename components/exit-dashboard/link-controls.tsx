"use client";

import { useState, useTransition } from "react";
import { reissueExitInterviewLink, withdrawExitInterviewLink } from "@/app/(app)/exit-interviews/actions";
import { LinkPanel, type IssuedLink } from "@/components/exit-dashboard/link-panel";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** Re-issue the interview's link (the old one stops working) or withdraw it. */
export function LinkControls({ id, withdrawn }: { id: string; withdrawn: boolean }) {
  const [issued, setIssued] = useState<IssuedLink>();
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" }>();
  const [pending, startTransition] = useTransition();

  const reissue = () =>
    startTransition(async () => {
      const result = await reissueExitInterviewLink({ id });
      if (result.ok) {
        setIssued(result.data);
        setMessage(undefined);
      } else setMessage({ text: result.message, tone: "error" });
    });
  const withdraw = () =>
    startTransition(async () => {
      const result = await withdrawExitInterviewLink({ id });
      setIssued(undefined);
      setMessage(result.ok ? { text: "The link was withdrawn: it no longer opens the interview.", tone: "success" } : { text: result.message, tone: "error" });
    });

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={reissue} disabled={pending}>
          Issue a new link
        </Button>
        {withdrawn ? null : (
          <Button variant="ghost" onClick={withdraw} disabled={pending}>
            Withdraw the link
          </Button>
        )}
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">A new link replaces the old one, which stops working at once.</p>
      {issued ? <LinkPanel link={issued} /> : null}
      <FormStatus message={message?.text} tone={message?.tone} />
    </div>
  );
}
