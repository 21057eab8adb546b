import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { z } from "zod";
import { ExperimentResults } from "@/components/usage/experiment-results";
import { FeedbackList } from "@/components/usage/feedback-list";
import { PriceEditor } from "@/components/usage/price-editor";
import { SlowestRequests } from "@/components/usage/slowest-requests";
import { SplitEditor } from "@/components/usage/split-editor";
import { SummaryFigures } from "@/components/usage/summary-figures";
import { UsageCharts } from "@/components/usage/usage-charts";
import { PageHeader } from "@/components/ui/page-header";
import { modelChain } from "@/lib/ai/runtime";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { compareVersions } from "@/lib/experiments/compare";
import { loadExperimentRows } from "@/lib/experiments/load";
import { promptPairs } from "@/lib/experiments/prompt-versions";
import { listSplits } from "@/lib/experiments/splits";
import { loadFeedback } from "@/lib/feedback/recent";
import { getTool, isToolSlug } from "@/lib/tools/registry";
import { summariseUsage } from "@/lib/usage/aggregate";
import { priceTableOf } from "@/lib/usage/cost";
import { loadUsageRows } from "@/lib/usage/load";
import { listModelPrices } from "@/lib/usage/prices";

export const metadata: Metadata = { title: "Usage and feedback" };

const periods = ["7", "30", "90"] as const;
const periodSchema = z.object({ days: z.enum(periods).catch("30") });

const taskLabel = (task: string) => (isToolSlug(task) ? getTool(task).name : task === "resume-chat" ? "Resume chat" : task);

function Section({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {description ? <p className="mb-3 max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">{description}</p> : <div className="mb-3" />}
      {children}
    </section>
  );
}

export default async function UsagePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getCurrentUser();
  if (!user || user.role !== "ADMIN" || !user.organizationId) {
    return (
      <>
        <PageHeader title="Usage and feedback" />
        <p className="rounded-lg border border-zinc-200 p-6 text-sm dark:border-zinc-800">Only an organisation&apos;s admins can see its usage.</p>
      </>
    );
  }
  const orgId = user.organizationId;
  const { days } = periodSchema.parse(await searchParams);
  const to = new Date();
  const from = new Date(to.getTime() - Number(days) * 86_400_000);
  const db = await getDb();
  const pairs = promptPairs();
  const [rows, prices, feedback, splits, experiments] = await Promise.all([
    loadUsageRows(db, { orgId, from }),
    listModelPrices(db, { orgId }),
    loadFeedback(db, { orgId, from }),
    listSplits(db, { orgId }),
    Promise.all(pairs.map((pair) => loadExperimentRows(db, { orgId, promptId: pair.a.id, versions: [pair.a.version, pair.b.version], from }))),
  ]);
  const firstModel = modelChain()[0] ?? null;
  const summary = summariseUsage(rows, { prices: priceTableOf(prices), firstModel, from, to });
  const seenModels = summary.byModel.map((b) => b.label).filter((m) => m.includes(":"));

  return (
    <>
      <PageHeader
        title="Usage and feedback"
        description="Documents and chat answers your organisation's members asked for, what they cost, how fast and how reliably they came, and what people thought of them. Job seekers' own use is not shown."
        actions={
          <nav aria-label="Period" className="flex gap-1 text-sm">
            {periods.map((p) => (
              <Link
                key={p}
                href={`/admin/usage?days=${p}`}
                aria-current={p === days ? "page" : undefined}
                className={`rounded-md px-3 py-1.5 ${p === days ? "bg-brand-600 text-white" : "border border-zinc-300 dark:border-zinc-700"}`}
              >
                {p} days
              </Link>
            ))}
          </nav>
        }
      />
      <SummaryFigures summary={summary} firstModel={firstModel} />
      <UsageCharts summary={summary} taskLabel={taskLabel} />
      <Section id="usage-slowest" title="Slowest requests">
        <SlowestRequests rows={summary.slowest} taskLabel={taskLabel} />
      </Section>
      <Section
        id="usage-feedback"
        title="Feedback"
        description="Thumbs up or down on documents and chat answers, with the reasons people gave; each person's latest rating of each item counts."
      >
        <FeedbackList {...feedback} taskLabel={taskLabel} />
      </Section>
      <Section
        id="usage-experiments"
        title="Prompt experiments"
        description="A prompt with a second version (prompts/<id>.b.md) can write a share of your documents; each document records the version that wrote it. Compare them before choosing one."
      >
        {pairs.length ? (
          <div className="flex flex-col gap-6">
            {pairs.map((pair, i) => (
              <div key={pair.a.id} className="flex flex-col gap-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
                <h3 className="font-semibold">
                  {taskLabel(pair.tool)}: prompt {pair.a.id}, version {pair.a.version} against {pair.b.version}
                </h3>
                <SplitEditor promptId={pair.a.id} shareB={splits.get(pair.a.id) ?? 0} versionB={pair.b.version} />
                <ExperimentResults promptId={pair.a.id} results={compareVersions(experiments[i]!, [pair.a.version, pair.b.version])} />
              </div>
            ))}
          </div>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No prompt has a second version.</p>
        )}
      </Section>
      <Section
        id="usage-prices"
        title="Prices"
        description="What your provider charges per million tokens; the cost figures above are estimates from this table."
      >
        <PriceEditor prices={prices} seenModels={seenModels} />
      </Section>
    </>
  );
}
