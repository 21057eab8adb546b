"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const tick = { fill: "currentColor", fontSize: 12 };
const tooltipStyle = { backgroundColor: "var(--chart-surface)", border: "1px solid var(--chart-grid)", color: "var(--chart-text)" };

export type DaySeries = { key: string; label: string; colour: string };

/** Counts per day, one stacked bar per day with a segment per series. */
export function StackedDayChart({ rows, series }: { rows: ({ day: string } & Record<string, number | string>)[]; series: DaySeries[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" />
        <XAxis dataKey="day" tick={tick} stroke="currentColor" tickFormatter={(day: string) => day.slice(5)} />
        <YAxis tick={tick} stroke="currentColor" allowDecimals={false} />
        <Tooltip contentStyle={tooltipStyle} cursor={{ fill: "var(--chart-grid)", opacity: 0.4 }} />
        <Legend wrapperStyle={{ color: "var(--chart-text)" }} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="day" fill={s.colour} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
