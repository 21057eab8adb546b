import type { Metadata } from "next";
import { InviteForm } from "@/components/members/invite-form";
import { MemberRowActions } from "@/components/members/member-row-actions";
import { RevokeInvitationButton } from "@/components/members/revoke-invitation-button";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { invitationState, listOpenInvitationsByOrgId } from "@/lib/db/queries/invitations";
import { listMembersByOrgId } from "@/lib/db/queries/members";

export const metadata: Metadata = { title: "Members" };

const roleLabel = { ADMIN: "Admin", HR: "HR", CANDIDATE: "Job seeker" } as const;
const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function MembersPage() {
  const user = await getCurrentUser();
  if (!user || user.role !== "ADMIN" || !user.organizationId) {
    return (
      <>
        <PageHeader title="Members" />
        <p className="rounded-lg border border-zinc-200 p-6 text-sm dark:border-zinc-800">Only an organisation&apos;s admins can manage its members.</p>
      </>
    );
  }
  const db = await getDb();
  const [members, invitations] = await Promise.all([
    listMembersByOrgId(db, { orgId: user.organizationId }),
    listOpenInvitationsByOrgId(db, { orgId: user.organizationId }),
  ]);
  return (
    <>
      <PageHeader
        title="Members"
        description="Everyone here sees and edits your organisation's HR documents. Admins also invite colleagues, change roles, remove members and read the audit log."
      />
      <section aria-labelledby="invite" className="mb-8">
        <h2 id="invite" className="mb-3 text-lg font-semibold">
          Invite a colleague
        </h2>
        <InviteForm />
      </section>
      <section aria-labelledby="people" className="mb-8">
        <h2 id="people" className="mb-3 text-lg font-semibold">
          People ({members.length})
        </h2>
        <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {members.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <span className="min-w-0">
                <span className="block font-medium">
                  {m.name ?? m.email}
                  {m.id === user.id ? " (you)" : ""}
                </span>
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                  {m.email} · {roleLabel[m.role]} · joined {day.format(m.createdAt)}
                </span>
              </span>
              {m.role === "CANDIDATE" ? null : <MemberRowActions member={{ id: m.id, name: m.name, email: m.email, role: m.role }} isSelf={m.id === user.id} />}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="pending">
        <h2 id="pending" className="mb-3 text-lg font-semibold">
          Open invitations
        </h2>
        {invitations.length ? (
          <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            {invitations.map((i) => {
              const expired = invitationState(i) === "expired";
              return (
                <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                  <span>
                    <span className="block font-medium">{i.email}</span>
                    <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                      {roleLabel[i.role]} · {expired ? `expired ${day.format(i.expiresAt)}; send a new one` : `valid until ${day.format(i.expiresAt)}`}
                    </span>
                  </span>
                  <RevokeInvitationButton id={i.id} email={i.email} />
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">None. Links that were used or withdrawn are listed in the audit log.</p>
        )}
      </section>
    </>
  );
}
