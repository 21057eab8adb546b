import { askThroughLink } from "@/lib/chat/ask-through-link";
import { tokenRoute } from "@/lib/security/authed-route";

/** A visitor's question through an "Ask my CV" link (see askThroughLink). */
export const POST = tokenRoute(askThroughLink, { maxBodyBytes: 32 * 1024 });
