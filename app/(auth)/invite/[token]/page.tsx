import type { Metadata } from "next";
import Link from "next/link";
import { JoinOrganizationButton } from "@/components/auth/join-organization-button";
import { RegisterForm } from "@/components/auth/register-form";
import { invitationRefusals } from "@/lib/auth/invitation-messages";
import { invitationTokenSchema } from "@/lib/auth/schemas";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { findInvitationByToken, invitationState } from "@/lib/db/queries/invitations";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

const roleLabel = { ADMIN: "an admin", HR: "HR", CANDIDATE: "a member" } as const;

function Refused({ reason }: { reason: keyof typeof invitationRefusals }) {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Invitation</h1>
      <p role="alert" className="mb-4 rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
        {invitationRefusals[reason]}
      </p>
      <Link href="/login" className="text-sm font-medium text-brand-600 underline dark:text-brand-100">
        Go to sign in
      </Link>
    </>
  );
}

/** Where an invitation link lands: sign up with the invited email, or join as the signed-in user. */
export default async function InvitationPage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const parsed = invitationTokenSchema.safeParse(token);
  const invitation = parsed.success ? await findInvitationByToken(await getDb(), { token: parsed.data }) : null;
  if (!invitation) return <Refused reason="not_found" />;
  const state = invitationState(invitation);
  if (state !== "valid") return <Refused reason={state} />;

  const user = await getCurrentUser();
  const orgName = invitation.organization.name;
  const heading = <h1 className="mb-2 text-2xl font-semibold">Join {orgName}</h1>;
  if (user) {
    if (user.email !== invitation.email) return <Refused reason="wrong_email" />;
    if (user.organizationId) return <Refused reason={user.organizationId === invitation.orgId ? "already_member" : "other_organization"} />;
    return (
      <>
        {heading}
        <p className="mb-6 text-sm text-zinc-700 dark:text-zinc-300">
          You are invited to join as {roleLabel[invitation.role]}. You will see and write your organisation&apos;s HR documents.
        </p>
        <JoinOrganizationButton token={parsed.data!} organizationName={orgName} />
      </>
    );
  }
  return (
    <>
      {heading}
      <p className="mb-6 text-sm text-zinc-700 dark:text-zinc-300">
        You are invited as {roleLabel[invitation.role]} with {invitation.email}. Create your account to accept.
      </p>
      <RegisterForm invitation={{ token: parsed.data!, email: invitation.email }} />
    </>
  );
}
