import type { DocumentAuthor } from "@/lib/db/queries/generations";

/**
 * How history names who wrote a document: nobody for the viewer's own, the colleague's name, or
 * "Former member" once the author has left the organisation or deleted their account (their name is
 * no longer the organisation's to show).
 */
export function authorLabel(author: DocumentAuthor, viewerId: string): string | null {
  if (!author) return "Former member";
  return author.id === viewerId ? null : author.name;
}
