"use client";

import { useState, useTransition } from "react";
import { changeMemberRole, removeMember } from "@/app/(app)/admin/members/actions";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

/** Role picker and removal (with a confirmation) for one member of the organisation. */
export function MemberRowActions({ member, isSelf }: { member: { id: string; name: string | null; email: string; role: "ADMIN" | "HR" }; isSelf: boolean }) {
  const [message, setMessage] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const who = member.name ?? member.email;

  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <select
        aria-label={`Role of ${who}`}
        className={`${controlClass} w-auto`}
        defaultValue={member.role}
        disabled={pending}
        onChange={(e) => {
          const role = e.target.value as "ADMIN" | "HR";
          const select = e.currentTarget;
          startTransition(async () => {
            const result = await changeMemberRole({ userId: member.id, role });
            setMessage(result.ok ? undefined : result.message);
            if (!result.ok) select.value = member.role;
          });
        }}
      >
        <option value="HR">HR</option>
        <option value="ADMIN">Admin</option>
      </select>
      {confirming ? (
        <span role="group" aria-label={`Confirm removing ${who}`} className="flex items-center gap-2">
          <span className="text-sm">{isSelf ? "Leave the organisation?" : `Remove ${who}?`}</span>
          <Button variant="danger" disabled={pending} onClick={() => startTransition(async () => {
            const result = await removeMember({ userId: member.id });
            setMessage(result.ok ? undefined : result.message);
            setConfirming(false);
          })}>
            {pending ? "Removing…" : "Yes, remove"}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>Cancel</Button>
        </span>
      ) : (
        <Button variant="ghost" aria-label={`Remove ${who}`} onClick={() => setConfirming(true)}>Remove</Button>
      )}
      <FormStatus message={message} />
    </div>
  );
}
