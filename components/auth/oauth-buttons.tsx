"use client";

import { useState, useTransition } from "react";
import { oauthSignIn } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** One button per OAuth provider configured on the server. */
export function OAuthButtons({ providers }: { providers: { id: "github" | "google"; name: string }[] }) {
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col gap-2">
      {providers.map((p) => (
        <Button
          key={p.id}
          variant="secondary"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await oauthSignIn({ provider: p.id });
              if (result && !result.ok) setMessage(result.message);
            })
          }
        >
          Continue with {p.name}
        </Button>
      ))}
      <FormStatus message={message} />
      <p className="flex items-center gap-3 text-xs text-zinc-600 before:h-px before:flex-1 before:bg-zinc-200 after:h-px after:flex-1 after:bg-zinc-200 dark:text-zinc-400 dark:before:bg-zinc-800 dark:after:bg-zinc-800">
        or with your email
      </p>
    </div>
  );
}
