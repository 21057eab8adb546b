import { toDocumentSummary } from "@/lib/api/document-view";
import { apiRoute } from "@/lib/api/key-route";
import { json, parseOrThrow } from "@/lib/api/request";
import { historyQuery } from "@/lib/api/schemas";
import { documentScopeOf } from "@/lib/auth/document-scope";
import { getDb } from "@/lib/db/client";
import { listGenerationsInScope } from "@/lib/db/queries/generations";

/** One page of the documents the key's owner can see in history, newest first. */
export const GET = apiRoute({ scope: "history" }, async (request, { user }) => {
  const query = parseOrThrow(historyQuery, Object.fromEntries(new URL(request.url).searchParams));
  const page = await listGenerationsInScope(await getDb(), {
    scope: documentScopeOf(user),
    cursor: query.cursor,
    limit: query.limit,
    filters: { query: query.q, task: query.tool },
  });
  return json({ items: page.items.map(toDocumentSummary), nextCursor: page.nextCursor ?? null });
});
