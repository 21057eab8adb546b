import "server-only";
import { hashShareToken, newVisitorSecret, visitorCookie, visitorKeyOf } from "@/lib/chat/share-token";
import { createConversation, getConversation, listConversations } from "@/lib/db/queries/conversations";
import { openSharedCv } from "@/lib/db/queries/share-links";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The message a visitor sees for a link that is off, rotated or never existed: all look the same. */
export const closedLinkMessage = "This “Ask my CV” link is not active. Its owner may have turned it off or replaced it; ask them for the current link.";

/** The CV behind an active link, or the clear refusal. */
export async function openLink(db: PrismaClient, token: string) {
  const shared = await openSharedCv(db, { tokenHash: hashShareToken(token) });
  if (!shared) throw new AppError("not_found:chat", closedLinkMessage);
  return shared;
}

/** The visitor's secret from their cookie, or a new one (with the cookie that keeps it) for a first visit. */
export function visitorFrom(request: Request): { secret: string; setCookie: string | null } {
  const cookies = request.headers.get("cookie") ?? "";
  for (const part of cookies.split(";")) {
    const at = part.indexOf("=");
    const [name, value] = [part.slice(0, at).trim(), part.slice(at + 1).trim()];
    if (at > 0 && name === visitorCookie && value && value.length <= 64) return { secret: value, setCookie: null };
  }
  const secret = newVisitorSecret();
  const secure = getEnv().NODE_ENV === "production" ? "; Secure" : "";
  return { secret, setCookie: `${visitorCookie}=${secret}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${60 * 60 * 24 * 30}${secure}` };
}

/** The visitor's one conversation through this link: each visitor sees only their own. */
export async function visitorConversation(db: PrismaClient, { linkId, secret }: { linkId: string; secret: string }) {
  const owner = { shareLinkId: linkId, visitorKey: visitorKeyOf(secret) };
  const [found] = await listConversations(db, { owner, take: 1 });
  return found ? getConversation(db, { id: found.id, owner }) : null;
}

export async function visitorConversationOrNew(db: PrismaClient, { linkId, cvId, secret }: { linkId: string; cvId: string; secret: string }) {
  const owner = { shareLinkId: linkId, visitorKey: visitorKeyOf(secret) };
  const existing = await visitorConversation(db, { linkId, secret });
  const conversation = existing ?? { id: (await createConversation(db, { owner, cvId, title: "Visitor" })).id, messages: [] };
  return { owner, conversation };
}
