"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const tick = { fill: "currentColor", fontSize: 12 };
const tooltipStyle = { backgroundColor: "var(--chart-surface)", border: "1px solid var(--chart-grid)", color: "var(--chart-text)" };

export type SentimentRow = { department: string } & Record<string, number | string>;

/** Sentiment per department as stacked bars; hidden cells (fewer than k people) add nothing to a stack. */
export function SentimentChart({ rows, series }: { rows: SentimentRow[]; series: { key: string; label: string; colour: string }[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" />
        <XAxis dataKey="department" tick={tick} stroke="currentColor" />
        <YAxis tick={tick} stroke="currentColor" allowDecimals={false} />
        <Tooltip contentStyle={tooltipStyle} cursor={{ fill: "var(--chart-grid)", opacity: 0.4 }} />
        <Legend wrapperStyle={{ color: "var(--chart-text)" }} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="sentiment" fill={s.colour} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
