import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listAuditEventsByOrgId } from "@/lib/db/queries/audit";

export const metadata: Metadata = { title: "Audit log" };

const labels: Record<string, string> = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Failed sign-in",
  "auth.sign_in_locked": "Sign-in refused: locked",
  "auth.signed_out_everywhere": "Signed out everywhere",
  "account.password_changed": "Changed password",
  "account.data_exported": "Downloaded their data",
  "account.deleted": "Deleted their account",
  "document.deleted": "Deleted a document",
  "cv.candidate_uploaded": "Uploaded a candidate's CV",
  "cv.candidate_deleted": "Deleted a candidate's CV",
  "exit.transcripts_purged": "Deleted expired exit-interview transcripts",
  "exit.interview_created": "Set up an exit interview",
  "exit.link_reissued": "Issued a new exit-interview link",
  "exit.link_withdrawn": "Withdrew an exit-interview link",
  "exit.link_emailed": "Emailed an exit-interview link",
  "exit.settings_changed": "Changed exit-interview anonymity or retention",
  "member.invited": "Invited a colleague",
  "member.invitation_revoked": "Withdrew an invitation",
  "member.joined": "Joined the organisation",
  "member.role_changed": "Changed a member's role",
  "member.removed": "Removed a member",
  "api_key.created": "Created an API key",
  "api_key.revoked": "Revoked an API key",
};

export default async function AuditPage() {
  const user = await getCurrentUser();
  if (!user || user.role !== "ADMIN" || !user.organizationId) {
    return (
      <>
        <PageHeader title="Audit log" />
        <p className="rounded-lg border border-zinc-200 p-6 text-sm dark:border-zinc-800">Only an organisation&apos;s admins can read its audit log.</p>
      </>
    );
  }
  const events = await listAuditEventsByOrgId(await getDb(), { orgId: user.organizationId });
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Sign-ins, failed sign-ins, invitations, role changes, removals, deletions, data exports and password changes in your organisation, newest first."
      />
      {events.length ? (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Audit events</caption>
          <thead className="border-b border-zinc-200 dark:border-zinc-800">
            <tr>
              <th scope="col" className="py-2 pr-4">
                When (UTC)
              </th>
              <th scope="col" className="py-2 pr-4">
                Who
              </th>
              <th scope="col" className="py-2 pr-4">
                What
              </th>
              <th scope="col" className="py-2">
                From
              </th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} className="border-b border-zinc-100 dark:border-zinc-900">
                <td className="py-2 pr-4 whitespace-nowrap">{e.createdAt.toISOString().slice(0, 19).replace("T", " ")}</td>
                <td className="py-2 pr-4">{e.actorEmail ?? "—"}</td>
                <td className="py-2 pr-4">
                  {labels[e.action] ?? e.action}
                  {e.detail ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">{e.detail}</span> : null}
                </td>
                <td className="py-2">{e.ip ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No events yet.</p>
      )}
    </>
  );
}
