"use client";

import { useState, useTransition } from "react";
import { joinOrganization } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function JoinOrganizationButton({ token, organizationName }: { token: string; organizationName: string }) {
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col gap-3">
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await joinOrganization({ token });
            if (result && !result.ok) setMessage(result.message);
          })
        }
      >
        {pending ? "Joining…" : `Join ${organizationName}`}
      </Button>
      <FormStatus message={message} />
    </div>
  );
}
