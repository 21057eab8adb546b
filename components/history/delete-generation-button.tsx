"use client";

import { Trash2 } from "lucide-react";
import { deleteGeneration } from "@/app/(app)/history/actions";
import { ConfirmDelete } from "@/components/ui/confirm-delete";

export function DeleteGenerationButton({ id }: { id: string }) {
  return (
    <ConfirmDelete
      trigger={
        <>
          <Trash2 aria-hidden="true" className="size-4" />
          Delete
        </>
      }
      groupLabel="Confirm deletion"
      question="Delete this document for good?"
      onConfirm={() => deleteGeneration({ id })}
    />
  );
}
