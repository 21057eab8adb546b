"use client";

import { useState, useTransition } from "react";
import { changeMemberRole, removeMember } from "@/app/(app)/admin/members/actions";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

/** Role picker and removal (with a confirmation) for one member of the organisation. */
export function MemberRowActions({ member, isSelf }: { member: { id: string; name: string | null; email: string; role: "ADMIN" | "HR" }; isSelf: boolean }) {
  const [message, setMessage] = useState<string>();
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
      <ConfirmDelete
        trigger="Remove"
        triggerLabel={`Remove ${who}`}
        groupLabel={`Confirm removing ${who}`}
        question={isSelf ? "Leave the organisation?" : `Remove ${who}?`}
        confirmLabel="Yes, remove"
        pendingLabel="Removing…"
        cancelLabel="Cancel"
        onConfirm={() => removeMember({ userId: member.id })}
      />
      <FormStatus message={message} />
    </div>
  );
}
