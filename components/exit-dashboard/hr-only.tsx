import { PageHeader } from "@/components/ui/page-header";

/** What anyone but the organisation's HR and admins sees on an exit-interview page. */
export function HrOnly({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <p className="rounded-lg border border-zinc-200 p-6 text-sm dark:border-zinc-800">
        Only an organisation&apos;s HR and admins can see its exit interviews.
      </p>
    </>
  );
}
