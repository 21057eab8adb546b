"use client";

import { deleteCandidateCv } from "@/app/(app)/chat/candidates/actions";
import { ConfirmDelete } from "@/components/ui/confirm-delete";

/** Deletes a candidate's CV for the whole organisation, after a confirmation. */
export function CandidateCvDelete({ id, name }: { id: string; name: string }) {
  return (
    <ConfirmDelete
      trigger="Delete"
      triggerLabel={`Delete ${name}`}
      groupLabel={`Confirm deleting ${name}`}
      question="Delete this CV and its chats for everyone in your organisation?"
      onConfirm={() => deleteCandidateCv({ id })}
    />
  );
}
