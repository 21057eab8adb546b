"use client";

import { useState, useTransition } from "react";
import { emailExitInterviewLink } from "@/app/(app)/exit-interviews/actions";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

export type IssuedLink = { id: string; token: string; path: string; expiresAt: string; canEmail: boolean };

/** A new interview link, shown once: copy it, or email it when the server can send mail. */
export function LinkPanel({ link }: { link: IssuedLink }) {
  const [copied, setCopied] = useState(false);
  const [emailMessage, setEmailMessage] = useState<{ text: string; tone: "error" | "success" }>();
  const [sending, startSending] = useTransition();
  const url = `${window.location.origin}${link.path}`;

  const email = () =>
    startSending(async () => {
      const result = await emailExitInterviewLink({ id: link.id, token: link.token });
      setEmailMessage(result.ok ? { text: "The link was emailed to the employee.", tone: "success" } : { text: result.message, tone: "error" });
    });

  return (
    <div role="status" className="flex flex-col gap-2 rounded-md bg-brand-50 p-3 text-sm dark:bg-zinc-800">
      <p>
        Send this link to the employee. It opens their interview until {new Date(link.expiresAt).toUTCString()}, and is not shown again: if it is lost, issue a
        new one.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          aria-label="Interview link"
          readOnly
          value={url}
          className={`${controlClass} flex-1 font-mono text-xs`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button
          variant="secondary"
          onClick={() =>
            navigator.clipboard.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? "Copied" : "Copy link"}
        </Button>
        {link.canEmail ? (
          <Button variant="secondary" onClick={email} disabled={sending}>
            {sending ? "Sending…" : "Email the link"}
          </Button>
        ) : null}
      </div>
      <FormStatus message={emailMessage?.text} tone={emailMessage?.tone} />
    </div>
  );
}
