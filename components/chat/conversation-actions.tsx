"use client";

import { deleteConversation, renameConversation } from "@/app/(app)/chat/actions";
import { RenameOrDelete } from "@/components/ui/rename-or-delete";

/** Rename a conversation in place, or delete it after a confirmation. */
export function ConversationActions({ id, title }: { id: string; title: string }) {
  return (
    <RenameOrDelete
      name={title}
      rename={(draft) => renameConversation({ id, title: draft })}
      remove={() => deleteConversation({ id })}
      deleteQuestion="Delete this conversation and all its questions and answers?"
    />
  );
}
