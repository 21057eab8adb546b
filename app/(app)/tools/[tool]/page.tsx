import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Generator } from "@/components/generation/generator";
import { PageHeader } from "@/components/ui/page-header";
import { getModelOptions } from "@/lib/ai/runtime";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { isId } from "@/lib/db/ids";
import { documentScopeOf } from "@/lib/auth/document-scope";
import { getGenerationInScope } from "@/lib/db/queries/generations";
import { getTool, isToolSlug } from "@/lib/tools/registry";

export async function generateMetadata({ params }: PageProps<"/tools/[tool]">): Promise<Metadata> {
  const { tool } = await params;
  return { title: isToolSlug(tool) ? getTool(tool).name : "Not found" };
}

export default async function ToolPage({ params, searchParams }: PageProps<"/tools/[tool]">) {
  const { tool: slug } = await params;
  const { from, document } = await searchParams;
  if (!isToolSlug(slug)) notFound();
  const tool = getTool(slug);
  const user = await getCurrentUser();
  if (user && user.role === "CANDIDATE") {
    return (
      <>
        <PageHeader title={tool.name} />
        <p className="rounded-lg border border-zinc-200 p-6 text-sm dark:border-zinc-800">
          HR tools are for hiring accounts. Your account is set up for job seeking: the Job Copilot is where your CV work happens.
        </p>
      </>
    );
  }
  const models = await getModelOptions();
  // A document of the user's written from this page (a reload, a reopened tab): its inputs, and the
  // document itself, followed if it is still being written.
  const own = user && isId(document) ? await getGenerationInScope(await getDb(), { id: document, scope: documentScopeOf(user) }) : null;
  const existing = own?.task === slug && own.userId === user?.id ? own : null;
  // "Open the form with these inputs" from history: the owner's earlier inputs, checked again.
  const earlier = existing ?? (user && isId(from) ? await getGenerationInScope(await getDb(), { id: from, scope: documentScopeOf(user) }) : null);
  const earlierInput = earlier?.task === slug ? tool.schema.safeParse(earlier.input) : null;
  return (
    <>
      <PageHeader title={tool.name} description={tool.description} />
      <Generator
        tool={slug}
        models={models}
        initialValues={earlierInput?.success ? earlierInput.data : undefined}
        parentId={earlierInput?.success && !existing ? earlier?.id : undefined}
        existing={existing ? { id: existing.id, modelId: existing.model ?? "none", text: existing.output, status: existing.status } : undefined}
      />
    </>
  );
}
