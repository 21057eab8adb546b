import type { AcceptOutcome } from "@/lib/db/queries/invitations";

type Refusal = Extract<AcceptOutcome, { ok: false }>["reason"];

/** What to tell someone whose invitation cannot be used, and what to do about it. */
export const invitationRefusals: Record<Refusal, string> = {
  not_found: "This invitation link is not valid. Check that you copied all of it, or ask your admin for a new one.",
  expired: "This invitation has expired. Ask your admin to send a new one.",
  accepted: "This invitation has already been used. Sign in with the account that accepted it.",
  revoked: "This invitation was withdrawn. Ask your admin whether you should still join.",
  wrong_email: "This invitation is for another email address. Sign in, or create an account, with the address it was sent to.",
  already_member: "You are already a member of this organisation.",
  other_organization: "You already belong to another organisation. Ask its admin to remove you before joining this one.",
};
