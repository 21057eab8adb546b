"use client";

import { deleteCv, renameCv } from "@/app/(app)/copilot/cvs/actions";
import { RenameOrDelete } from "@/components/ui/rename-or-delete";

/** Rename in place, or delete after a confirmation. */
export function CvRowActions({ id, name }: { id: string; name: string }) {
  return (
    <RenameOrDelete
      name={name}
      rename={(draft) => renameCv({ id, name: draft })}
      remove={() => deleteCv({ id })}
      deleteQuestion="Delete this CV and its file?"
    />
  );
}
